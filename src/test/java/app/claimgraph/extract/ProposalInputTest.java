package app.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import app.claimgraph.claim.TextSpan;
import app.claimgraph.ingest.ActorInput;
import app.claimgraph.ingest.ClaimInput;
import app.claimgraph.ingest.DocumentInput;
import app.claimgraph.ingest.RelationshipInput;
import app.claimgraph.ingest.SpanInput;

/**
 * The extractor's output types repeat the fields of the write path's inputs (an output type and an input
 * type cannot be one GraphQL type), and {@link Documents#of} copies one into the other. A field added to an
 * input and forgotten in the proposal or in the copy fails here: every field of each input is either
 * copied, with the proposal's value, or named below with why a proposal has none; every field of a
 * proposal is either copied or named as what only the proposal says.
 */
class ProposalInputTest {

    /** Input fields a proposal does not fill, and why. */
    private static final Map<Class<?>, Set<String>> NOT_PROPOSED = Map.of(
            DocumentInput.class, Set.of("publisher"), // the extractor names no publisher: an editor's choice
            ActorInput.class, Set.of("id"), // matched actors go by name (same text, same input: UNCHANGED)
            ClaimInput.class, Set.of("contradicts", "corroborates"), // links between claims are an editor's
            RelationshipInput.class, Set.of("since", "until", "description")); // the reader dates no relationship

    /** Proposal fields the input has no place for: what produced a proposal, for the reader. */
    private static final Map<Class<?>, Set<String>> ONLY_PROPOSED = Map.of(
            Extraction.class, Set.of("warnings"),
            ExtractedActor.class, Set.of("id", "match", "mentions"),
            ExtractedClaim.class, Set.of("rule", "source", "cue"),
            ExtractedRelationship.class, Set.of("cameoCode", "rule"));

    @Test
    void everyInputFieldIsCopiedFromTheProposalOrNamedAsNotProposed() throws Exception {
        Extraction x = filled(Extraction.class);
        x.actors.add(filled(ExtractedActor.class));
        x.claims.add(filled(ExtractedClaim.class));
        x.relationships.add(filled(ExtractedRelationship.class));

        DocumentInput d = Documents.of(x);

        List<String> checked = new ArrayList<>();
        compare(x, d, checked);
        compare(x.actors.get(0), d.actors.get(0), checked);
        compare(x.claims.get(0), d.claims.get(0), checked);
        compare(x.relationships.get(0), d.relationships.get(0), checked);
        assertTrue(checked.containsAll(List.of("ClaimInput.text", "ClaimInput.evidence", "ActorInput.aliases",
                "RelationshipInput.evidence", "DocumentInput.language")), "the comparison found the fields: " + checked);
    }

    /** Each public field of {@code input}: its value is the proposal's same-named one, or it is declared. */
    private static void compare(Object proposal, Object input, List<String> checked) throws Exception {
        Set<String> notProposed = NOT_PROPOSED.getOrDefault(input.getClass(), Set.of());
        Set<String> onlyProposed = ONLY_PROPOSED.getOrDefault(proposal.getClass(), Set.of());
        Set<String> proposalFields = new TreeSet<>();
        for (Field f : fields(proposal.getClass())) {
            proposalFields.add(f.getName());
        }
        for (Field f : fields(input.getClass())) {
            String name = input.getClass().getSimpleName() + "." + f.getName();
            if (notProposed.contains(f.getName())) {
                assertFalse(proposalFields.contains(f.getName()) && !onlyProposed.contains(f.getName()),
                        name + " is declared not proposed, yet the proposal has it: copy it");
                continue;
            }
            if (!proposalFields.contains(f.getName())) {
                fail(name + " has no field of that name in " + proposal.getClass().getSimpleName()
                        + ": add it to the proposal (and to Documents.of), or name it in NOT_PROPOSED with why");
            }
            Object given = proposal.getClass().getField(f.getName()).get(proposal);
            Object copied = f.get(input);
            if (f.getName().equals("actors") || f.getName().equals("claims") || f.getName().equals("relationships")) {
                assertEquals(((List<?>) given).size(), ((List<?>) copied).size(), name); // compared item by item by the caller
            } else {
                assertEquals(comparable(given), comparable(copied), name + " is not the proposal's value: Documents.of must copy it");
            }
            checked.add(name);
        }
        for (String name : proposalFields) {
            if (!onlyProposed.contains(name)) {
                assertNotNull(field(input.getClass(), name), proposal.getClass().getSimpleName() + "." + name
                        + " reaches no input: copy it, or name it in ONLY_PROPOSED");
            }
        }
    }

    /** Spans compare by their offsets and words, whichever side they are on. */
    private static Object comparable(Object value) {
        if (value instanceof TextSpan s) {
            return List.of(s.getStart(), s.getEnd(), s.getText());
        }
        if (value instanceof SpanInput s) {
            return List.of(s.start, s.end, s.text);
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ProposalInputTest::comparable).toList();
        }
        return value;
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getField(name);
        } catch (NoSuchFieldException absent) {
            return null;
        }
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Field f : type.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                out.add(f);
            }
        }
        return out;
    }

    /** An instance of {@code type} with every scalar field and list of scalars set to a value of its own. */
    private static <T> T filled(Class<T> type) throws Exception {
        T o = type.getDeclaredConstructor().newInstance();
        int n = 0;
        for (Field f : fields(type)) {
            n++;
            if (ONLY_PROPOSED.getOrDefault(type, Set.of()).contains(f.getName())) {
                continue;
            }
            Class<?> t = f.getType();
            if (t == String.class) {
                f.set(o, type.getSimpleName() + "." + f.getName());
            } else if (t == LocalDate.class) {
                f.set(o, LocalDate.of(2024, 1, n));
            } else if (t.isEnum()) {
                Object[] values = t.getEnumConstants();
                f.set(o, values[values.length - 1]);
            } else if (t == double.class || t == Double.class) {
                f.set(o, 0.25 + n / 100.0);
            } else if (t == int.class) {
                f.setInt(o, n);
            } else if (t == TextSpan.class) {
                f.set(o, new TextSpan(n, n + 3, "s" + n));
            } else if (t == List.class) {
                Class<?> item = (Class<?>) ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0];
                if (item == String.class) {
                    f.set(o, new ArrayList<>(List.of(type.getSimpleName() + "." + f.getName())));
                } else if (item == TextSpan.class) {
                    f.set(o, new ArrayList<>(List.of(new TextSpan(n, n + 5, "span" + n))));
                } // lists of proposals: filled by the test
            } else if (f.get(o) == null) {
                fail("no sample value for " + type.getSimpleName() + "." + f.getName() + " (" + t.getSimpleName()
                        + "): teach filled() one");
            }
        }
        return o;
    }
}
