package app.claimgraph;

import static app.claimgraph.Gql.ok;
import static app.claimgraph.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.claimgraph.db.Sql;
import app.claimgraph.actor.ActorKind;
import app.claimgraph.claim.ClaimStatus;
import app.claimgraph.claim.ClaimType;
import app.claimgraph.ingest.ActorInput;
import app.claimgraph.ingest.ClaimInput;
import app.claimgraph.ingest.DocumentInput;
import app.claimgraph.ingest.IngestService;
import app.claimgraph.ingest.RelationshipInput;
import app.claimgraph.ingest.SpanInput;
import app.claimgraph.relationship.RelationshipStatus;
import app.claimgraph.relationship.RelationshipType;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Resolving nested fields for a page of parents costs a fixed number of statements: the same for
 * 5 actors as for 50. Runs on its own database, filled with a generated document of 60 actors.
 */
@QuarkusTest
@TestProfile(NoNPlusOneTest.ManyActors.class)
class NoNPlusOneTest {

    public static class ManyActors implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", TestDatabases.url("nplusone"));
        }
    }

    static final String QUERY = """
            query($n: Int) { actors(first: $n, filter: {name: "Generated Actor"}) { totalCount nodes { id name kind aliases parent { name }
              claimsMade(first: 10) { totalCount nodes { text claimant { name } subjects { name } reportedBy { name }
                evidence { start end text } document { title } relationships { type } } }
              claimsAbout(first: 5) { totalCount nodes { id status } }
              relationships(first: 10) { totalCount nodes { type source { name } target { name } evidence { id } } } } } }""";

    @Inject
    IngestService ingest;

    @Inject
    EntityManagerFactory emf;

    @Inject
    Sql sql;

    @BeforeEach
    void fill() {
        ingest.ingest(generated(60), "test");
    }

    @Test
    void statementsDoNotGrowWithPageSize() {
        long five = statements(5);
        long fifty = statements(50);
        System.out.printf("N+1 check: %d SQL statements for first: 5, %d for first: 50%n", five, fifty);
        assertEquals(five, fifty, "statements for 5 and 50 actors");
        assertTrue(five >= 10 && five <= 30, "one or two statements per field, got " + five);
    }

    @Test
    void claimantOfClaimsMadeIsTheParentAndCostsNoStatement() {
        String with = "{ actors(first: 20, filter: {name: \"Generated Actor\"}) { nodes { name claimsMade(first: 5) { nodes { text claimant { name kind } } } } } }";
        String without = "{ actors(first: 20, filter: {name: \"Generated Actor\"}) { nodes { name claimsMade(first: 5) { nodes { text } } } } }";
        long plain = sql.executed();
        var r = ok(with, Map.of());
        long withClaimant = sql.executed() - plain;
        plain = sql.executed();
        ok(without, Map.of());
        long withoutClaimant = sql.executed() - plain;
        List<Map<String, Object>> actors = r.getList("data.actors.nodes");
        assertEquals(20, actors.size());
        for (Map<String, Object> a : actors) {
            List<?> claims = (List<?>) ((Map<?, ?>) a.get("claimsMade")).get("nodes");
            assertEquals(2, claims.size(), "claims of " + a.get("name"));
            for (Object c : claims) {
                Map<?, ?> claimant = (Map<?, ?>) ((Map<?, ?>) c).get("claimant");
                assertEquals(a.get("name"), claimant.get("name"));
                assertTrue(claimant.get("kind") != null);
            }
        }
        // the claimant of a claim an actor made is that actor, already read with the page
        assertEquals(withoutClaimant, withClaimant, "statements with and without claimant");
    }

    @Test
    void claimLookedUpByIdComesWithItsClaimantInOneStatement() {
        // the claims page reads claimants with its own batch: the reference for what nodes(ids:) must return
        List<Map<String, Object>> page = ok("{ claims(first: 100) { nodes { id claimant { name kind } } } }", Map.of())
                .getList("data.claims.nodes");
        List<Object> ids = page.stream().map(c -> c.get("id")).toList();
        assertTrue(page.stream().anyMatch(c -> c.get("claimant") == null), "some claims without a claimant (the seed's)");
        assertTrue(page.stream().anyMatch(c -> c.get("claimant") != null), "some claims with a claimant");
        long before = sql.executed();
        var r = ok("query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Claim { claimant { name kind } } } }", vars("ids", ids));
        long withClaimant = sql.executed() - before;
        before = sql.executed();
        ok("query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Claim { text } } }", vars("ids", ids));
        long withoutClaimant = sql.executed() - before;
        assertEquals(page, r.getList("data.nodes"));
        assertEquals(1, withoutClaimant, "statements of a lookup of claims");
        assertEquals(withoutClaimant, withClaimant, "statements with and without claimant");
    }

    @Test
    void relationshipsOfClaimsComeWithTheirEndsInOneStatement() {
        String page = "{ actors(first: 20, filter: {name: \"Generated Actor\"}) { nodes { name claimsMade(first: 5) { nodes { relationships { type%s } } } } } }";
        long before = sql.executed();
        var r = ok(page.formatted(" source { name } target { name kind }"), Map.of());
        long withEnds = sql.executed() - before;
        before = sql.executed();
        ok(page.formatted(""), Map.of());
        long withoutEnds = sql.executed() - before;
        List<Map<String, Object>> actors = r.getList("data.actors.nodes");
        assertEquals(20, actors.size());
        for (Map<String, Object> a : actors) {
            // the generated document: actor k relates to actor k+1 (mod 60), on the evidence of its first claim
            int k = Integer.parseInt(((String) a.get("name")).substring("Generated Actor ".length()));
            List<Map<?, ?>> rels = new ArrayList<>();
            for (Object c : (List<?>) ((Map<?, ?>) a.get("claimsMade")).get("nodes")) {
                ((List<?>) ((Map<?, ?>) c).get("relationships")).forEach(rel -> rels.add((Map<?, ?>) rel));
            }
            assertEquals(1, rels.size(), "relationships of the claims of " + a.get("name"));
            assertEquals(a.get("name"), ((Map<?, ?>) rels.get(0).get("source")).get("name"));
            Map<?, ?> target = (Map<?, ?>) rels.get(0).get("target");
            assertEquals("Generated Actor " + (k + 1) % 60, target.get("name"));
            assertEquals((k + 1) % 2 == 0 ? "STATE" : "PERSON", target.get("kind"));
        }
        assertEquals(withoutEnds, withEnds, "statements with and without the relationships' ends");
    }

    /**
     * The ends are read with a claim's relationships only when the query asks for them. On graphql-java's
     * strategy two aliases of the field with the same arguments share one batch, read as the first alias
     * asks (the target here), so the second alias's source is read afterwards, by id, for all parents at
     * once; the level path reads each alias on its own. Either way every end answers.
     */
    @ParameterizedTest
    @ValueSource(strings = { "", " nodes(ids: []) { id }" }) // the second hands the query to graphql-java's strategy
    void endsAskedUnderAnotherAliasStillAnswer(String alongside) {
        String page = "{ actors(first: 20, filter: {name: \"Generated Actor\"}) { nodes { name claimsMade(first: 5) { nodes {"
                + " toward: relationships { target { name } } from: relationships { type source { name kind } } } } } }"
                + alongside + " }";
        long before = sql.executed();
        var r = ok(page, Map.of());
        long statements = sql.executed() - before;
        List<Map<String, Object>> actors = r.getList("data.actors.nodes");
        assertEquals(20, actors.size());
        for (Map<String, Object> a : actors) {
            int k = Integer.parseInt(((String) a.get("name")).substring("Generated Actor ".length()));
            int seen = 0;
            for (Object c : (List<?>) ((Map<?, ?>) a.get("claimsMade")).get("nodes")) {
                List<?> toward = (List<?>) ((Map<?, ?>) c).get("toward");
                List<?> from = (List<?>) ((Map<?, ?>) c).get("from");
                assertEquals(toward.size(), from.size());
                for (int i = 0; i < toward.size(); i++, seen++) {
                    assertEquals("Generated Actor " + (k + 1) % 60, ((Map<?, ?>) ((Map<?, ?>) toward.get(i)).get("target")).get("name"));
                    Map<?, ?> source = (Map<?, ?>) ((Map<?, ?>) from.get(i)).get("source");
                    assertEquals(a.get("name"), source.get("name"));
                    assertEquals(k % 2 == 0 ? "STATE" : "PERSON", source.get("kind"));
                }
            }
            assertEquals(1, seen, "relationships of the claims of " + a.get("name"));
        }
        before = sql.executed();
        ok(page.replace("target { name }", "type").replace("source { name kind }", ""), Map.of());
        long withoutEnds = sql.executed() - before;
        assertTrue(statements <= withoutEnds + 1, statements + " statements, " + withoutEnds + " without the ends");
    }

    private long statements(int n) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();
        long plain = sql.executed();
        var r = ok(QUERY, vars("n", n));
        long count = stats.getPrepareStatementCount() + sql.executed() - plain;
        List<Map<String, Object>> actors = r.getList("data.actors.nodes");
        assertEquals(n, actors.size());
        // the data is really there, at every level
        assertTrue(actors.stream().allMatch(a -> !((List<?>) ((Map<?, ?>) a.get("claimsMade")).get("nodes")).isEmpty()));
        assertTrue(r.getList("data.actors.nodes.relationships.nodes.flatten().source.name").size() > n);
        return count;
    }

    /** A document in which each of n actors makes two claims about the next one and relates to it. */
    static DocumentInput generated(int n) {
        DocumentInput d = new DocumentInput();
        d.title = "Generated report with " + n + " actors";
        d.language = "en";
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < 2 * n; i++) {
            int start = text.length();
            text.append("Sentence ").append(i).append(" of the generated report. ");
            spans.add(new int[] { start, text.length() - 1 });
        }
        d.text = text.toString();
        ActorInput media = new ActorInput();
        media.ref = "media";
        media.name = "Generated Wire";
        media.kind = ActorKind.MEDIA;
        d.actors.add(media);
        for (int i = 0; i < n; i++) {
            ActorInput a = new ActorInput();
            a.ref = "a" + i;
            a.name = "Generated Actor " + i;
            a.kind = i % 2 == 0 ? ActorKind.STATE : ActorKind.PERSON;
            a.aliases = List.of("GA" + i);
            a.parent = i > 0 ? "a0" : null;
            d.actors.add(a);
        }
        for (int i = 0; i < 2 * n; i++) {
            ClaimInput c = new ClaimInput();
            c.ref = "c" + i;
            c.text = "Generated claim " + i;
            c.type = ClaimType.STATEMENT;
            c.status = i % 3 == 0 ? ClaimStatus.REPORTED : ClaimStatus.ASSERTED;
            c.claimant = "a" + (i / 2);
            c.subjects = List.of("a" + ((i / 2 + 1) % n));
            c.reportedBy = List.of("media");
            SpanInput s = new SpanInput();
            s.start = spans.get(i)[0];
            s.end = spans.get(i)[1];
            s.text = d.text.substring(s.start, s.end);
            c.evidence = List.of(s);
            d.claims.add(c);
        }
        for (int i = 0; i < n; i++) {
            RelationshipInput r = new RelationshipInput();
            r.source = "a" + i;
            r.target = "a" + ((i + 1) % n);
            r.type = RelationshipType.COOPERATES_WITH;
            r.status = RelationshipStatus.ACTIVE;
            r.evidence = List.of("c" + (2 * i));
            d.relationships.add(r);
        }
        return d;
    }
}
