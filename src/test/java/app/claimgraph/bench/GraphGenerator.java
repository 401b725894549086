package app.claimgraph.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.flywaydb.core.Flyway;

import app.claimgraph.api.Text;
import app.claimgraph.search.SearchIndex;
import app.claimgraph.search.Tokens;

/**
 * Bulk generator of a synthetic graph for benchmarks: writes the rows the ingest path would write
 * (same keys, folded columns, evidence slices and search tokens), with JDBC batches instead of
 * one transaction per document. Degrees are skewed: a few states appear in most claims and
 * relationships, persons and groups form a long tail.
 *
 * <pre>
 * java -cp ... app.claimgraph.bench.GraphGenerator jdbc:h2:file:/tmp/big/db sa "" 100000 1000000 300000 50000
 * </pre>
 */
public final class GraphGenerator {

    private static final String[] WORDS = ("strike sanctions intelligence sharing cooperation election minister parliament "
            + "border navy vessel coast drug trafficking treaty summit talks ceasefire aid exports oil gas pipeline "
            + "protest court ruling investigation report officials sources warned accused denied confirmed condemned "
            + "resolution alliance pressure military exercise missile drone attack defence budget tariff trade deal "
            + "embassy ambassador spokesman statement crisis refugees humanitarian economy inflation currency bank "
            + "energy grid cyber espionage journalists media broadcast allies partners opposition government").split(" ");
    private static final String[] KINDS = { "PERSON", "GROUP", "ORGANIZATION", "MEDIA", "GOVERNMENT", "LEGISLATURE", "MILITARY" };
    private static final String[] CLAIM_TYPES = { "REPORT", "STATEMENT", "ACCUSATION", "CONDEMNATION", "WARNING", "ASSESSMENT", "DENIAL" };
    private static final String[] STATUSES = { "ASSERTED", "REPORTED", "REPORTED", "ASSERTED", "CONFIRMED", "UNCONFIRMED", "DISPUTED", "DENIED" };
    private static final String[] REL_TYPES = { "COOPERATES_WITH", "SUPPORTS", "OPPOSES", "ACCUSES", "CONDEMNS", "SANCTIONS",
            "ALLIED_WITH", "ALIGNED_WITH", "THREATENS", "SHARES_INTELLIGENCE_WITH", "REPORTS_ON" };
    private static final int STATES = 200;
    private static final int CLAIMS_PER_DOC_MAX = 40;

    private final SplittableRandom random = new SplittableRandom(42);
    private final Connection db;
    private final int actors;
    /** PostgreSQL, else H2: the two engines the generator writes to. */
    private final boolean postgres;

    private GraphGenerator(Connection db, int actors) throws SQLException {
        this.db = db;
        this.actors = actors;
        this.postgres = db.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int actors = Integer.parseInt(args[3]);
        int claims = Integer.parseInt(args[4]);
        int relationships = Integer.parseInt(args[5]);
        int documents = Integer.parseInt(args[6]);
        Flyway.configure().dataSource(url, args[1], args[2]).locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, args[1], args[2])) {
            c.setAutoCommit(false);
            GraphGenerator g = new GraphGenerator(c, actors);
            long t0 = System.nanoTime();
            long base = g.nextId("actor");
            g.actors(base);
            report("actors", actors, t0);
            long t1 = System.nanoTime();
            long[] claimRange = g.documentsAndClaims(base, documents, claims);
            report("documents+claims", claims, t1);
            long t2 = System.nanoTime();
            g.relationships(base, claimRange, relationships);
            report("relationships", relationships, t2);
            g.restartIdentities();
            report("total rows of the graph (claims)", claims, t0);
            g.compactH2();
        }
    }

    /**
     * H2: rewrites the file whole and closes the database. The batches leave a file of mostly dead chunks
     * (100k claims: 1.66 GB, 136 MB once compacted, 2026-12-07), where the application's own import
     * compacts as it goes ({@code Import}, {@code H2Store}): the benchmarks then serve a file like the one
     * a store kept by the application has, not twelve times larger.
     */
    private void compactH2() throws SQLException {
        if (!postgres) {
            long t = System.nanoTime();
            try (var s = db.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
            System.out.printf("compacted (SHUTDOWN COMPACT) in %.1f s%n", (System.nanoTime() - t) / 1e9);
        }
    }

    /** Rows were inserted with explicit ids: move each identity past them for later ingests. */
    private void restartIdentities() throws SQLException {
        try (var s = db.createStatement()) {
            for (String table : List.of("actor", "document", "claim", "relationship")) {
                long next = nextId(table);
                s.execute(postgres
                        ? "SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ", false)"
                        : "ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
            }
        }
        db.commit();
    }

    private static void report(String what, long n, long since) {
        double s = (System.nanoTime() - since) / 1e9;
        System.out.printf("%s: %d in %.1f s (%.0f/s)%n", what, n, s, n / s);
    }

    private long nextId(String table) throws SQLException {
        try (var s = db.createStatement(); var rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A skewed pick: states (the first STATES ids) most of the time, then a power-law long tail. */
    private long skewedActor(long base) {
        if (random.nextInt(100) < 60) {
            return base + (long) (STATES * Math.pow(random.nextDouble(), 2));
        }
        return base + STATES + (long) ((actors - STATES) * Math.pow(random.nextDouble(), 3));
    }

    private void actors(long base) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now();
        try (PreparedStatement a = db.prepareStatement("INSERT INTO actor (id, actor_key, name, name_norm, kind, country_code,"
                + " description, parent_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)");
                PreparedStatement al = db.prepareStatement("INSERT INTO actor_alias (actor_id, alias, alias_norm, position) VALUES (?, ?, ?, 0)");
                PreparedStatement st = tokenInsert()) {
            for (int i = 0; i < actors; i++) {
                long id = base + i;
                boolean state = i < STATES;
                String kind = state ? "STATE" : KINDS[(int) Math.min(KINDS.length - 1, (long) (Math.pow(random.nextDouble(), 2) * KINDS.length))];
                String name = state ? "State " + code(i) : "Generated " + kind.toLowerCase() + " " + i;
                a.setLong(1, id);
                a.setString(2, "gen-" + i);
                a.setString(3, name);
                a.setString(4, Text.fold(name));
                a.setString(5, kind);
                a.setString(6, state ? code(i) : null);
                a.setString(7, "A generated " + kind.toLowerCase() + ".");
                a.setObject(8, now);
                a.addBatch();
                List<String> aliases = new ArrayList<>();
                if (state) {
                    aliases.add("Capital of " + code(i));
                    al.setLong(1, id);
                    al.setString(2, aliases.get(0));
                    al.setString(3, Text.fold(aliases.get(0)));
                    al.addBatch();
                }
                tokens(st, SearchIndex.ACTOR, id, weights(name, SearchIndex.NAME, aliases, SearchIndex.ALIAS));
                if (i % 5000 == 4999) {
                    a.executeBatch();
                    al.executeBatch();
                    st.executeBatch();
                    db.commit();
                }
            }
            a.executeBatch();
            al.executeBatch();
            st.executeBatch();
            db.commit();
        }
    }

    private static String code(int i) {
        return String.valueOf((char) ('A' + i / 26 % 26)) + (char) ('A' + i % 26) + (char) ('A' + i / 676 % 26);
    }

    /** One subject row, with its claim's sort keys copied as the application writes them (V6). */
    private static void subject(PreparedStatement subj, long claimId, long actorId, int position, long docId,
            int claimPosition, Date stated) throws SQLException {
        subj.setLong(1, claimId);
        subj.setLong(2, actorId);
        subj.setInt(3, position);
        subj.setLong(4, docId);
        subj.setInt(5, claimPosition);
        subj.setInt(6, stated == null ? 1 : 0);
        // as a LocalDate: java.sql.Date would count year 1 in the Julian calendar
        subj.setObject(7, stated == null ? LocalDate.of(1, 1, 1) : stated.toLocalDate());
        subj.addBatch();
    }

    /** Documents, each with a run of claims whose evidence is one sentence of its text. */
    private long[] documentsAndClaims(long actorBase, int documents, int claims) throws SQLException {
        long docBase = nextId("document");
        long claimBase = nextId("claim");
        OffsetDateTime now = OffsetDateTime.now();
        LocalDate day0 = LocalDate.of(2020, 1, 1);
        try (PreparedStatement d = db.prepareStatement("INSERT INTO document (id, doc_key, url, content_hash, title, publisher_id,"
                + " published_on, language, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'en', ?, ?, ?)");
                PreparedStatement c = db.prepareStatement("INSERT INTO claim (id, claim_key, document_id, ref, position, text, text_norm,"
                        + " quote, claim_type, status, claimant_id, stated_on, date_precision, date_note, confidence)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, NULL, NULL)");
                PreparedStatement subj = db.prepareStatement("INSERT INTO claim_subject (claim_id, actor_id, position,"
                        + " document_id, claim_position, undated, stated_key) VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement rep = db.prepareStatement("INSERT INTO claim_reporter (claim_id, position, actor_id) VALUES (?, 0, ?)");
                PreparedStatement ev = db.prepareStatement("INSERT INTO evidence_span (claim_id, position, start_offset, end_offset, span_text) VALUES (?, 0, ?, ?, ?)");
                PreparedStatement st = tokenInsert()) {
            long claimId = claimBase;
            int perDoc = Math.max(1, claims / documents);
            for (int doc = 0; doc < documents; doc++) {
                long docId = docBase + doc;
                int n = doc == documents - 1 ? (int) (claimBase + claims - claimId) : Math.min(CLAIMS_PER_DOC_MAX, perDoc);
                StringBuilder body = new StringBuilder();
                List<String> sentences = new ArrayList<>();
                List<Integer> starts = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    String s = sentence(k);
                    starts.add(body.length());
                    sentences.add(s);
                    body.append(s).append(' ');
                }
                String title = "Generated report " + doc + " on " + WORDS[random.nextInt(WORDS.length)];
                String key = HexFormat.of().formatHex(new byte[] { (byte) (doc >> 24), (byte) (doc >> 16), (byte) (doc >> 8), (byte) doc, 0x67, 0x65, 0x6e, 0x21 });
                d.setLong(1, docId);
                d.setString(2, key);
                d.setString(3, "https://generated.example/" + doc);
                d.setString(4, key);
                d.setString(5, title);
                d.setObject(6, random.nextInt(4) == 0 ? null : skewedActor(actorBase));
                d.setDate(7, random.nextInt(10) == 0 ? null : Date.valueOf(day0.plusDays(random.nextInt(2000))));
                d.setString(8, body.toString());
                d.setObject(9, now);
                d.setObject(10, now);
                d.addBatch();
                tokens(st, SearchIndex.DOCUMENT, docId, weights(title, SearchIndex.TITLE, List.of(body.toString()), SearchIndex.BODY));
                for (int k = 0; k < n; k++, claimId++) {
                    String text = "Claim " + claimId + ": " + sentences.get(k);
                    c.setLong(1, claimId);
                    c.setString(2, key + "/c" + k);
                    c.setLong(3, docId);
                    c.setString(4, "c" + k);
                    c.setInt(5, starts.get(k));
                    c.setString(6, text);
                    c.setString(7, Text.fold(text));
                    c.setString(8, CLAIM_TYPES[random.nextInt(CLAIM_TYPES.length)]);
                    c.setString(9, STATUSES[random.nextInt(STATUSES.length)]);
                    c.setObject(10, random.nextInt(10) == 0 ? null : skewedActor(actorBase));
                    boolean dated = random.nextInt(3) > 0;
                    Date stated = dated ? Date.valueOf(day0.plusDays(random.nextInt(2000))) : null;
                    c.setDate(11, stated);
                    c.setString(12, dated ? "DAY" : null);
                    c.addBatch();
                    long s1 = skewedActor(actorBase);
                    subject(subj, claimId, s1, 0, docId, starts.get(k), stated);
                    long s2 = skewedActor(actorBase);
                    if (s2 != s1 && random.nextBoolean()) {
                        subject(subj, claimId, s2, 1, docId, starts.get(k), stated);
                    }
                    if (random.nextInt(10) < 3) {
                        rep.setLong(1, claimId);
                        rep.setLong(2, skewedActor(actorBase));
                        rep.addBatch();
                    }
                    ev.setLong(1, claimId);
                    ev.setInt(2, starts.get(k));
                    ev.setInt(3, starts.get(k) + sentences.get(k).length());
                    ev.setString(4, sentences.get(k));
                    ev.addBatch();
                    tokens(st, SearchIndex.CLAIM, claimId, weights(text, SearchIndex.CLAIM_TEXT, List.of(), 0));
                }
                if (doc % 200 == 199) {
                    for (PreparedStatement p : List.of(d, c, subj, rep, ev, st)) {
                        p.executeBatch();
                    }
                    db.commit();
                }
            }
            for (PreparedStatement p : List.of(d, c, subj, rep, ev, st)) {
                p.executeBatch();
            }
            db.commit();
            return new long[] { claimBase, claimId };
        }
    }

    private String sentence(int k) {
        StringBuilder s = new StringBuilder("Officials");
        int words = 6 + random.nextInt(8);
        for (int w = 0; w < words; w++) {
            s.append(' ').append(WORDS[(int) (WORDS.length * Math.pow(random.nextDouble(), 1.5))]);
        }
        return s.append(" (").append(k).append(").").toString();
    }

    private void relationships(long actorBase, long[] claims, int count) throws SQLException {
        long relBase = nextId("relationship");
        try (PreparedStatement r = db.prepareStatement("INSERT INTO relationship (id, rel_key, source_id, target_id, rel_type,"
                + " status, since, until, description) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL)");
                PreparedStatement e = db.prepareStatement("INSERT INTO relationship_evidence (relationship_id, claim_id, position) VALUES (?, ?, 0)")) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            long id = relBase;
            while (id < relBase + count) {
                long s = skewedActor(actorBase);
                long t = skewedActor(actorBase);
                String type = REL_TYPES[random.nextInt(REL_TYPES.length)];
                if (s == t || !seen.add(s + ">" + type + ">" + t)) {
                    continue;
                }
                r.setLong(1, id);
                r.setString(2, "gen-" + (s - actorBase) + ">" + type + ">gen-" + (t - actorBase));
                r.setLong(3, s);
                r.setLong(4, t);
                r.setString(5, type);
                r.setString(6, random.nextInt(10) == 0 ? "ALLEGED" : random.nextInt(10) == 0 ? "SUSPENDED" : "ACTIVE");
                r.setDate(7, random.nextInt(5) == 0 ? Date.valueOf(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000))) : null);
                r.addBatch();
                e.setLong(1, id);
                e.setLong(2, claims[0] + (long) (random.nextDouble() * (claims[1] - claims[0])));
                e.addBatch();
                id++;
                if (id % 5000 == 0) {
                    r.executeBatch();
                    e.executeBatch();
                    db.commit();
                }
            }
            r.executeBatch();
            e.executeBatch();
            db.commit();
        }
    }

    private static Map<String, Integer> weights(String main, int mainWeight, List<String> others, int otherWeight) {
        Map<String, Integer> w = new LinkedHashMap<>();
        for (String t : Tokens.distinct(main)) {
            w.merge(t, mainWeight, Math::max);
        }
        for (String o : others) {
            for (String t : Tokens.distinct(o)) {
                w.merge(t, otherWeight, Math::max);
            }
        }
        return w;
    }

    private PreparedStatement tokenInsert() throws SQLException {
        return db.prepareStatement("INSERT INTO search_token (token, entity_type, entity_id, weight) VALUES (?, ?, ?, ?)");
    }

    private static void tokens(PreparedStatement st, char type, long id, Map<String, Integer> weights) throws SQLException {
        for (Map.Entry<String, Integer> t : weights.entrySet()) {
            st.setString(1, t.getKey());
            st.setString(2, String.valueOf(type));
            st.setLong(3, id);
            st.setInt(4, t.getValue());
            st.addBatch();
        }
    }
}
