package app.claimgraph.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/** Publishes the count of {@link Sql}'s statements as {@code claimgraph_sql_statements_total}. */
@ApplicationScoped
public class SqlMetrics {

    void register(@Observes StartupEvent start, MeterRegistry registry, Sql sql) {
        FunctionCounter.builder("claimgraph.sql.statements", sql, Sql::executed)
                .description("SQL statements the read side ran over plain JDBC (Hibernate's own are in hibernate_statements_total)")
                .register(registry);
    }
}
