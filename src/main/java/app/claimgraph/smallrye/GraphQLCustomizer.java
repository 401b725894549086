package app.claimgraph.smallrye;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.spi.EventingService;
import graphql.schema.GraphQLSchema;

import app.claimgraph.api.FieldSelection;
import app.claimgraph.db.DatabaseOutage;

/**
 * Hooks into SmallRye GraphQL's start-up as an {@link EventingService} (registered in
 * META-INF/services; CDI events stay off, as SmallRye would otherwise fire one per resolved field,
 * which costed a third of the CPU of a nested page). It only plugs in: {@link SchemaAdjustments}
 * retypes the schema and replaces fetchers, {@link SmallRyeInstrumentation} and every {@code Instrumentation} bean hook every execution, and
 * {@link ErrorCodes} codes every error.
 */
public class GraphQLCustomizer implements EventingService {

    /** Always on: no configuration key. */
    @Override
    public String getConfigKey() {
        return null;
    }

    /** Batched ({@code @Source}) operations by "Type.field", as SmallRye creates them. */
    private final Map<String, io.smallrye.graphql.schema.model.Operation> sourceOperations = new java.util.concurrent.ConcurrentHashMap<>();

    /** Root query operations by field name. */
    private final Map<String, io.smallrye.graphql.schema.model.Operation> queries = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public io.smallrye.graphql.schema.model.Operation createOperation(io.smallrye.graphql.schema.model.Operation operation) {
        if (operation.isSourceField() && operation.getSourceFieldOn() != null) {
            sourceOperations.put(operation.getSourceFieldOn().getName() + "." + operation.getName(), operation);
        } else if (operation.getOperationType() == io.smallrye.graphql.schema.model.OperationType.QUERY) {
            queries.put(operation.getName(), operation);
        }
        return operation;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        SchemaAdjustments.apply(builder, sourceOperations, queries, Patches.configured(), Arc.container().instance(Wiring.class).get(),
                ClientProxy.unwrap(Arc.container().instance(FieldSelection.class).get()));
        return builder;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        onGraphQL(builder);
        return builder;
    }

    static void onGraphQL(GraphQL.Builder builder) {
        GraphQL built = builder.build();
        Patches patches = Patches.configured();
        builder.queryExecutionStrategy(new LevelStrategy(built.getQueryStrategy(), Arc.container().instance(LevelSwitch.class).get(),
                Arc.container().instance(MeterRegistry.class).get()));
        Instrumentation existing = built.getInstrumentation();
        List<Instrumentation> chain = new ArrayList<>();
        if (existing instanceof ChainedInstrumentation smallRyes) {
            chain.addAll(smallRyes.getInstrumentations()); // empty unless complexity, depth or tracing is configured
        } else if (existing != null) {
            chain.add(existing);
        }
        Wiring wiring = Arc.container().instance(Wiring.class).get();
        chain.add(new SmallRyeInstrumentation(patches.sharedBatchLoaders(),
                patches.plainFetchers() ? ClientProxy.unwrap(Arc.container().instance(FieldSelection.class).get()) : null, wiring,
                Arc.container().instance(DatabaseOutage.class).get()));
        // the application's own rules (http/OperationGuards), found through CDI: smallrye/ imports nothing above it.
        // Singletons or application-scoped beans, chained without their client proxies: the hooks run for
        // every field, and a proxy looks its instance up in the context on every call
        Arc.container().select(Instrumentation.class).forEach(i -> chain.add(ClientProxy.unwrap(i)));
        boolean lean = patches.leanInstrumentation()
                && chain.stream().allMatch(i -> i instanceof ExecutionHooks || i.getClass() == QueryCache.class);
        wiring.chain(lean, chain.stream().map(i -> i.getClass().getName()).toList());
        builder.instrumentation(lean ? new LeanChain(chain, chain.stream()
                .filter(ExecutionHooks.class::isInstance).map(ExecutionHooks.class::cast).toList())
                : new ChainedInstrumentation(chain));
    }
}
