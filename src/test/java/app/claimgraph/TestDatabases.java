package app.claimgraph;

/**
 * Test databases: in-memory H2 by default; with -Dclaimgraph.test.db.base=jdbc:postgresql://host/prefix_
 * each test profile gets the PostgreSQL database prefix_NAME (the same rule as application.properties).
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static String url(String name) {
        String base = System.getProperty("claimgraph.test.db.base");
        return base == null ? "jdbc:h2:mem:claimgraph_" + name + ";DB_CLOSE_DELAY=-1"
                : base + name + System.getProperty("claimgraph.test.db.options", "");
    }
}
