package app.claimgraph;

/**
 * Test databases: in-memory H2 by default; with -Dclaimgraph.test.db.base=jdbc:postgresql://host/prefix_
 * each test profile gets the PostgreSQL database prefix_NAME (the same rule as application.properties).
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static String url(String name) {
        return url(name, "");
    }

    /** With settings appended to the H2 URL only ({@code ;NAME=value...}). */
    public static String url(String name, String h2Settings) {
        String base = System.getProperty("claimgraph.test.db.base");
        return base == null ? "jdbc:h2:mem:claimgraph_" + name + ";DB_CLOSE_DELAY=-1" + h2Settings
                : base + name + System.getProperty("claimgraph.test.db.options", "");
    }
}
