package app.claimgraph.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.claimgraph.db.Dialect;
import app.claimgraph.db.Sql;
import app.claimgraph.paging.KeysetQuery;
import app.claimgraph.paging.PageArgs;

/**
 * The read side of a repository on a plain datasource, with no application started: the schema from the
 * migrations, rows written with JDBC, {@link Sql} built on the datasource. Lookups by id and key (merged keys
 * included) and a keyset page, each one statement.
 */
class ActorRepositoryPlainTest {

    private static DataSource ds;

    /**
     * The engine the build is for (its SQL differs, {@link Dialect}): an in-memory H2 database, or on the
     * PostgreSQL build a schema of its own in the test database (emptied first), beside the API tests' tables.
     */
    @BeforeAll
    static void schema() throws SQLException {
        if (Dialect.h2()) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:plain_repository;DB_CLOSE_DELAY=-1");
            ds = h2;
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        } else {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(System.getProperty("claimgraph.test.db.base") + "test?currentSchema=plain_repository");
            pg.setUser(System.getProperty("claimgraph.test.db.user", "postgres"));
            pg.setPassword(System.getProperty("claimgraph.test.db.password", ""));
            ds = pg;
            Flyway flyway = Flyway.configure().dataSource(ds).schemas("plain_repository").cleanDisabled(false)
                    .locations("classpath:db/migration").load();
            flyway.clean();
            flyway.migrate();
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO actor (id, actor_key, name, name_norm, kind, country_code, created_at) VALUES"
                    + " (1, 'us', 'United States', 'united states', 'STATE', 'USA', CURRENT_TIMESTAMP),"
                    + " (2, 'uk', 'United Kingdom', 'united kingdom', 'STATE', 'GBR', CURRENT_TIMESTAMP),"
                    + " (3, 'cnn', 'CNN', 'cnn', 'MEDIA', NULL, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO actor_alias (actor_id, alias, alias_norm, position) VALUES (2, 'Britain', 'britain', 0),"
                    + " (2, 'UK', 'uk', 1)");
            s.execute("INSERT INTO actor_redirect (old_key, actor_id) VALUES ('britain', 2)");
        }
    }

    private static ActorRepository repository(Sql sql) {
        ActorRepository repo = new ActorRepository();
        repo.db = sql;
        return repo;
    }

    @Test
    void looksUpActorsByIdKeyAndMergedKeyInOneStatementEach() {
        Sql sql = new Sql(ds);
        ActorRepository repo = repository(sql);
        Map<Long, Actor> byId = repo.actorsByIds(List.of(1L, 2L, 3L, 99L));
        assertEquals(1, sql.executed(), "one statement for every id");
        assertEquals(Map.of(1L, "United States", 2L, "United Kingdom", 3L, "CNN"),
                Map.of(1L, byId.get(1L).getName(), 2L, byId.get(2L).getName(), 3L, byId.get(3L).getName()));
        assertEquals(3, byId.size(), "an unknown id is absent");

        Map<String, Actor> byKey = repo.byKeysOrRedirects(List.of("cnn", "britain"));
        assertEquals("CNN", byKey.get("cnn").getName());
        assertEquals("United Kingdom", byKey.get("britain").getName(), "a merged key resolves to the actor it became");
        assertEquals(List.of("Britain", "UK"), repo.aliasesOf(2));
    }

    @Test
    void readsAKeysetPageInNameOrder() throws Exception {
        Sql sql = new Sql(ds);
        KeysetQuery query = repository(sql).query(null, null);
        Map<Long, Actor> items = new HashMap<>();
        List<KeysetQuery.Row> rows = query.pageWithItems(sql, new PageArgs(2, false, null), ActorRepository.ROWS, items);
        assertEquals(1, sql.executed(), "a page and its rows: one statement");
        assertEquals(List.of(3L, 2L, 1L), rows.stream().map(KeysetQuery.Row::id).toList(), "size + 1 rows, by name");
        assertEquals("CNN", items.get(3L).getName());
        assertEquals(3, query.count(sql));
    }
}
