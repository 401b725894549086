package app.claimgraph.http;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import app.claimgraph.paging.PageArgs;

/**
 * The size of one operation as the limits see it: depth, estimated cost, aliases, root fields and
 * directives, with fragments expanded where they are spread. Each fragment is measured once and its
 * figures reused, so a "fragment bomb" (fragments spreading each other many times) costs the server
 * linear time to measure while its expanded figures grow as they would at execution.
 */
public record QueryShape(long depth, long cost, long aliases, long rootFields, long directives) {

    /** What a list without first/last (evidence, subjects, aliases…: short by nature) is assumed to hold. */
    static final int UNPAGED_LIST = 2;
    private static final long CAP = Long.MAX_VALUE / 4;

    /** A limit this operation exceeds: which, its value, and a message saying so. */
    public record Violation(String message, String limit, int value) {
    }

    /** The first limit exceeded, or null. */
    public Violation violation(ApiLimits limits) {
        Violation v = check(depth, limits.maxDepth(), "maxDepth", "The query is nested deeper than");
        v = v != null ? v : check(aliases, limits.maxAliases(), "maxAliases", "The query uses more aliases than");
        v = v != null ? v : check(rootFields, limits.maxRootFields(), "maxRootFields",
                "The operation selects more root fields than");
        v = v != null ? v : check(directives, limits.maxDirectives(), "maxDirectives", "The query uses more directives than");
        return v != null ? v : check(cost, limits.maxCost(), "maxCost", "The query's estimated cost (" + cost
                + ": each field 1, lists multiplied by first/last) is above");
    }

    private static Violation check(long value, int limit, String name, String what) {
        return value > limit ? new Violation(what + " " + name + " (" + limit + ").", name, limit) : null;
    }

    /** The operation to measure, or null when the name matches none (validation reports that). */
    public static OperationDefinition operation(Document document, String operationName) {
        List<OperationDefinition> ops = document.getDefinitionsOfType(OperationDefinition.class);
        if (operationName == null || operationName.isEmpty()) {
            return ops.size() == 1 ? ops.get(0) : null;
        }
        return ops.stream().filter(o -> operationName.equals(o.getName())).findFirst().orElse(null);
    }

    /** Whether any operation or fragment of the document selects {@code __schema} or {@code __type}. */
    public static boolean introspects(Document document) {
        for (var def : document.getDefinitions()) {
            SelectionSet set = def instanceof OperationDefinition o ? o.getSelectionSet()
                    : def instanceof FragmentDefinition f ? f.getSelectionSet() : null;
            if (introspects(set)) {
                return true;
            }
        }
        return false;
    }

    private static boolean introspects(SelectionSet set) {
        if (set == null) {
            return false;
        }
        for (Selection<?> s : set.getSelections()) {
            if (s instanceof Field f && (f.getName().equals("__schema") || f.getName().equals("__type")
                    || introspects(f.getSelectionSet()))) {
                return true;
            }
            if (s instanceof InlineFragment i && introspects(i.getSelectionSet())) {
                return true;
            }
        }
        return false;
    }

    public static QueryShape measure(Document document, OperationDefinition op, Map<String, ?> variables,
            GraphQLSchema schema) {
        Walker w = new Walker(document, variables == null ? Map.of() : variables, schema);
        GraphQLFieldsContainer root = switch (op.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
        Measure m = w.selections(op.getSelectionSet(), root);
        return new QueryShape(m.depth, m.cost, m.aliases, m.fields, m.directives + op.getDirectives().size());
    }

    /** Figures of one selection set: fields counts only its own level. */
    private record Measure(long depth, long cost, long aliases, long fields, long directives) {
        static final Measure EMPTY = new Measure(0, 0, 0, 0, 0);

        Measure plus(Measure o) {
            return new Measure(Math.max(depth, o.depth), add(cost, o.cost), add(aliases, o.aliases),
                    add(fields, o.fields), add(directives, o.directives));
        }
    }

    private static long add(long a, long b) {
        return Math.min(CAP, a + b);
    }

    private static long times(long a, long b) {
        return a == 0 || b == 0 ? 0 : (a > CAP / b ? CAP : a * b);
    }

    private static final class Walker {
        private final Map<String, FragmentDefinition> fragments = new HashMap<>();
        private final Map<String, Measure> measured = new HashMap<>();
        private final Set<String> inProgress = new HashSet<>();
        private final Map<String, ?> variables;
        private final GraphQLSchema schema;

        Walker(Document document, Map<String, ?> variables, GraphQLSchema schema) {
            for (FragmentDefinition f : document.getDefinitionsOfType(FragmentDefinition.class)) {
                fragments.putIfAbsent(f.getName(), f);
            }
            this.variables = variables;
            this.schema = schema;
        }

        Measure selections(SelectionSet set, GraphQLType parent) {
            Measure total = Measure.EMPTY;
            if (set == null) {
                return total;
            }
            for (Selection<?> s : set.getSelections()) {
                total = total.plus(selection(s, parent));
            }
            return total;
        }

        private Measure selection(Selection<?> s, GraphQLType parent) {
            if (s instanceof Field f) {
                return field(f, parent);
            }
            if (s instanceof InlineFragment inline) {
                GraphQLType type = inline.getTypeCondition() == null ? parent
                        : schema.getType(inline.getTypeCondition().getName());
                Measure inner = selections(inline.getSelectionSet(), type);
                return new Measure(inner.depth, inner.cost, inner.aliases, inner.fields,
                        add(inner.directives, inline.getDirectives().size()));
            }
            FragmentSpread spread = (FragmentSpread) s;
            Measure inner = fragment(spread.getName());
            return new Measure(inner.depth, inner.cost, inner.aliases, inner.fields,
                    add(inner.directives, spread.getDirectives().size()));
        }

        private Measure fragment(String name) {
            Measure known = measured.get(name);
            if (known != null) {
                return known;
            }
            FragmentDefinition def = fragments.get(name);
            if (def == null || !inProgress.add(name)) {
                return Measure.EMPTY; // unknown or cyclic: validation rejects the document
            }
            Measure m = selections(def.getSelectionSet(), schema.getType(def.getTypeCondition().getName()));
            m = new Measure(m.depth, m.cost, m.aliases, m.fields, add(m.directives, def.getDirectives().size()));
            inProgress.remove(name);
            measured.put(name, m);
            return m;
        }

        private Measure field(Field f, GraphQLType parent) {
            GraphQLFieldDefinition def = parent instanceof GraphQLFieldsContainer c && !f.getName().startsWith("__")
                    ? c.getFieldDefinition(f.getName()) : null;
            GraphQLType type = def == null ? null : GraphQLTypeUtil.unwrapNonNull(def.getType());
            Measure children = f.getName().startsWith("__") ? Measure.EMPTY
                    : selections(f.getSelectionSet(), type == null ? null : GraphQLTypeUtil.unwrapAll(type));
            long multiplier = def == null ? 1 : multiplier(f, type, parent);
            return new Measure(add(children.depth, 1), add(1, times(multiplier, children.cost)),
                    add(children.aliases, f.getAlias() != null ? 1 : 0), 1,
                    add(children.directives, f.getDirectives().size()));
        }

        /** How many times what is selected under this field is expected to be resolved. */
        private long multiplier(Field f, GraphQLType type, GraphQLType parent) {
            for (Argument a : f.getArguments()) {
                if (a.getName().equals("first") || a.getName().equals("last")) {
                    Long n = intValue(a.getValue());
                    if (n != null) {
                        return Math.max(1, n);
                    }
                }
                if (a.getName().equals("ids")) {
                    long n = listSize(a.getValue());
                    if (n >= 0) {
                        return Math.max(1, n);
                    }
                }
            }
            GraphQLType named = GraphQLTypeUtil.unwrapAll(type);
            if (named instanceof GraphQLNamedType n && n.getName().endsWith("Connection")) {
                return PageArgs.DEFAULT_SIZE;
            }
            boolean insideConnection = parent instanceof GraphQLNamedType p && p.getName().endsWith("Connection");
            if (type instanceof GraphQLList && !insideConnection) {
                return UNPAGED_LIST;
            }
            return 1;
        }

        private Long intValue(Value<?> v) {
            if (v instanceof IntValue i) {
                return i.getValue().min(java.math.BigInteger.valueOf(CAP)).longValue();
            }
            if (v instanceof VariableReference ref) {
                Object value = variables.get(ref.getName());
                if (value instanceof Number n) {
                    return n.longValue();
                }
                if (value instanceof jakarta.json.JsonNumber n) {
                    return n.longValue();
                }
            }
            return null;
        }

        private long listSize(Value<?> v) {
            if (v instanceof ArrayValue a) {
                return a.getValues().size();
            }
            if (v instanceof VariableReference ref && variables.get(ref.getName()) instanceof List<?> l) {
                return l.size();
            }
            return -1;
        }
    }
}
