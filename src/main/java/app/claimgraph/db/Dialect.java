package app.claimgraph.db;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What differs between the two databases in the read side's SQL: the rare statement whose plan one of
 * them gets wrong and that needs its own syntax to be right.
 */
public final class Dialect {

    private Dialect() {
    }

    /**
     * True on H2 (the datasource kind is fixed at build time). For the rare statement whose plan H2
     * gets wrong and that needs H2's own syntax (an index hint) to be right.
     */
    public static boolean h2() {
        return H2;
    }

    /** Read when the class is first used, at run time (also in a native image: nothing initialises it at build). */
    private static final boolean H2 = "h2".equals(
            ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.db-kind", String.class).orElse("h2"));

    /**
     * Joins the row of {@code table} (as {@code alias}) whose {@code id} is {@code foreignKey}, one row per
     * row of the left side. On PostgreSQL a LATERAL lookup by primary key that the planner cannot flatten
     * ({@code OFFSET 0}): for a few hundred links it hashed the whole linked table instead (3 ms for
     * 10,000 actors where index lookups take 1 ms, and growing with the table). H2 has no LATERAL and
     * looks rows up by key on its own.
     */
    public static String joinById(String table, String alias, String foreignKey) {
        return h2() ? " JOIN " + table + " " + alias + " ON " + alias + ".id = " + foreignKey
                : " CROSS JOIN LATERAL (SELECT * FROM " + table + " WHERE id = " + foreignKey + " OFFSET 0) " + alias;
    }

    /** As {@link #joinById}, keeping the rows of the left side whose {@code foreignKey} is null or matches nothing. */
    public static String leftJoinById(String table, String alias, String foreignKey) {
        return h2() ? " LEFT JOIN " + table + " " + alias + " ON " + alias + ".id = " + foreignKey
                : " LEFT JOIN LATERAL (SELECT * FROM " + table + " WHERE id = " + foreignKey + " OFFSET 0) " + alias + " ON TRUE";
    }
}
