package app.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.claimgraph.actor.ActorKind;
import app.claimgraph.claim.ClaimStatus;
import app.claimgraph.claim.ClaimType;
import app.claimgraph.relationship.RelationshipStatus;
import app.claimgraph.relationship.RelationshipType;

/** Pure logic: every problem of an input is found at once, with its path and the claim named. */
class InputValidatorTest {

    private static final String TEXT = "Maduro accused the United States. The UK halted sharing.";

    @Test
    void aValidInputHasNoProblems() {
        assertEquals(List.of(), InputValidator.validate(input()));
    }

    @Test
    void aSpanWhoseTextDoesNotMatchNamesTheClaimAndWhereTheTextIs() {
        DocumentInput in = input();
        in.claims.get(0).evidence.get(0).start += 1;
        in.claims.get(0).evidence.get(0).end += 1;
        List<Problem> problems = InputValidator.validate(in);
        assertEquals(1, problems.size());
        assertEquals("claims[0].evidence[0].text", problems.get(0).path());
        assertTrue(problems.get(0).message().contains("claim 'accuse'"), problems.get(0).message());
        assertTrue(problems.get(0).message().contains("occurs at [0, 33)"), problems.get(0).message());
    }

    @Test
    void anActorUpsertIsCheckedInTheSamePlace() {
        ActorUpsertInput create = new ActorUpsertInput();
        create.countryCode = "GB";
        create.aliases = List.of("UK", " ");
        assertEquals(List.of("input.name", "input.kind", "input.countryCode", "input.aliases[1]"),
                InputValidator.validate(create).stream().map(Problem::path).toList());
        ActorUpsertInput update = new ActorUpsertInput();
        update.id = "QWN0b3I6eA";
        assertEquals(List.of(), InputValidator.validate(update), "an update may change nothing but what it gives");
        update.name = "";
        assertEquals(List.of("input.name"), InputValidator.validate(update).stream().map(Problem::path).toList());
    }

    @Test
    void aRelationshipDateIsGivenOrClearedNotBoth() {
        RelationshipUpdateInput in = new RelationshipUpdateInput();
        in.since = java.time.LocalDate.of(2025, 1, 1);
        in.clearSince = true;
        in.note = "x".repeat(InputValidator.MAX_NOTE + 1);
        assertEquals(List.of("input.clearSince", "input.note"),
                InputValidator.validate(in).stream().map(Problem::path).toList());
    }

    @Test
    void allProblemsAreReportedTogether() {
        DocumentInput in = input();
        in.claims.get(0).evidence.get(0).end = 9999;
        in.claims.get(0).claimant = "nobody";
        in.actors.get(0).name = " ";
        in.relationships.get(0).evidence = List.of();
        in.claims.add(in.claims.get(0));
        List<String> paths = InputValidator.validate(in).stream().map(Problem::path).toList();
        assertTrue(paths.containsAll(List.of("claims[0].evidence[0].end", "claims[0].claimant", "actors[0].name",
                "relationships[0].evidence", "claims[1].ref")), paths.toString());
    }

    static DocumentInput input() {
        DocumentInput in = new DocumentInput();
        in.title = "Test";
        in.text = TEXT;
        ActorInput maduro = actor("maduro", "Nicolás Maduro", ActorKind.PERSON);
        ActorInput usa = actor("usa", "United States", ActorKind.STATE);
        in.actors.addAll(List.of(maduro, usa));
        ClaimInput c = new ClaimInput();
        c.ref = "accuse";
        c.text = "Maduro accused the US.";
        c.type = ClaimType.ACCUSATION;
        c.status = ClaimStatus.ASSERTED;
        c.claimant = "maduro";
        c.subjects = List.of("usa");
        SpanInput s = new SpanInput();
        s.start = 0;
        s.end = 33;
        s.text = TEXT.substring(0, 33);
        c.evidence = new java.util.ArrayList<>(List.of(s));
        in.claims.add(c);
        RelationshipInput r = new RelationshipInput();
        r.source = "maduro";
        r.target = "usa";
        r.type = RelationshipType.ACCUSES;
        r.status = RelationshipStatus.ACTIVE;
        r.evidence = List.of("accuse");
        in.relationships.add(r);
        return in;
    }

    private static ActorInput actor(String ref, String name, ActorKind kind) {
        ActorInput a = new ActorInput();
        a.ref = ref;
        a.name = name;
        a.kind = kind;
        return a;
    }
}
