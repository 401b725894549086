package app.claimgraph.extract;

import static app.claimgraph.Gql.edit;
import static app.claimgraph.Gql.ok;
import static app.claimgraph.Gql.post;
import static app.claimgraph.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.claimgraph.Tokens;
import app.claimgraph.WritesProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** Query.extract and Mutation.ingestText through HTTP + GraphQL: roles, bad input, exact spans, idempotency. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class ExtractApiTest {

    static final String EXTRACT = """
            query($in: TextInput!) { extract(input: $in) {
              text warnings
              actors { ref id name kind countryCode aliases parent match { id name by byName } mentions { start end text } }
              claims { ref text quote type status claimant reportedBy subjects statedOn datePrecision dateNote confidence
                       rule cue { start end text } evidence { start end text } }
              relationships { source target type status cameoCode evidence rule } } }""";
    static final String INGEST_TEXT = """
            mutation($in: TextInput!) { ingestText(input: $in) {
              outcome document { id title } createdClaims { id } matchedActors { name } createdActors { name } } }""";
    static final String REPORT = """
            GENEVA, March 4 — Rwanda's foreign minister, Jean-Paul Mugenzi, told reporters on Tuesday that the plan \
            "ignores the security threats my country faces every day."
            The Democratic Republic of Congo accused Kigali of sabotaging the talks, according to two diplomats \
            briefed on the negotiations.
            """;

    private static Map<String, Object> input(String text) {
        return Map.of("text", text);
    }

    private static JsonPath extract(Map<String, Object> in) {
        return edit(EXTRACT, vars("in", in));
    }

    private static String code(JsonPath r) {
        return r.getString("errors[0].extensions.code");
    }

    @Test
    void extractProposesClaimsWithClaimantsRelaysStatusAndCues() {
        JsonPath r = extract(Map.of("text", REPORT, "publishedOn", "2026-03-04"));
        List<Map<String, Object>> claims = r.getList("data.extract.claims");
        assertEquals(2, claims.size(), () -> claims.toString());
        Map<String, String> names = new java.util.HashMap<>();
        r.getList("data.extract.actors", Map.class).forEach(a -> names.put((String) a.get("ref"), (String) a.get("name")));
        assertEquals("Jean-Paul Mugenzi", names.get(claims.get(0).get("claimant")));
        assertEquals("STATEMENT", claims.get(0).get("type"));
        assertEquals("ASSERTED", claims.get(0).get("status"));
        assertEquals("ignores the security threats my country faces every day.", claims.get(0).get("quote"));
        assertEquals("told", r.getString("data.extract.claims[0].cue.text"));
        assertEquals("2026-03-03", claims.get(0).get("statedOn"), "Tuesday before publication on Wednesday 4 March");
        assertEquals("DAY", claims.get(0).get("datePrecision"));
        assertNotNull(claims.get(0).get("dateNote"));
        assertEquals("Two diplomats briefed on the negotiations", names.get(claims.get(1).get("claimant")));
        assertEquals("REPORTED", claims.get(1).get("status"));
        assertTrue(r.getString("data.extract.claims[1].rule").startsWith("according"));
        assertTrue(((Number) claims.get(1).get("confidence")).doubleValue() > 0);
        // the dateline is not part of the first claim's evidence
        assertTrue(r.getString("data.extract.claims[0].text").startsWith("Rwanda's foreign minister"));
    }

    @Test
    void storedActorsAreMatchedByNameOrAlias() {
        JsonPath r = extract(input("Officials in London said the United Kingdom would review its cooperation with Washington."));
        List<Map<String, Object>> actors = r.getList("data.extract.actors");
        Map<String, Object> uk = actors.stream().filter(a -> "United Kingdom".equals(a.get("name"))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> match = (Map<String, Object>) uk.get("match");
        assertNotNull(match, "the seed holds the United Kingdom");
        assertEquals(match.get("id"), uk.get("id"));
        assertEquals("United Kingdom", match.get("name"));
        assertEquals(Boolean.TRUE, match.get("byName"));
        assertEquals(app.claimgraph.Gql.actorId("United Kingdom"), uk.get("id"));
        Map<String, Object> us = actors.stream().filter(a -> "United States".equals(a.get("name"))).findFirst().orElseThrow();
        assertNotNull(us.get("match"));
    }

    @Test
    void everySpanCutsExactlyItsTextFromHostileInput() {
        String text = "KYIV —\r\n“We will not give up 🇺🇦 — ever,” said Oksana Melnyk, a spokesperson for Ukraine’s "
                + "foreign ministry.\r\nThe Élysée’s envoy, Zoé Lefèvre, warned that “talks 💬 can’t wait.”\r\n"
                + "Russia denied the report, the agency said. An unbalanced “quote starts here and never ends.\r\n"
                + "\t\u00a0Analysts said the 👍🏽 move was late.";
        JsonPath r = extract(input(text));
        List<Map<String, Object>> spans = new java.util.ArrayList<>();
        spans.addAll(r.getList("data.extract.claims.evidence.flatten()"));
        spans.addAll(r.getList("data.extract.claims.cue", Map.class).stream().filter(c -> c != null)
                .map(c -> (Map<String, Object>) c).toList());
        spans.addAll(r.getList("data.extract.actors.mentions.flatten()"));
        assertTrue(spans.size() > 8, () -> "found too little: " + spans);
        for (Map<String, Object> s : spans) {
            int start = (Integer) s.get("start");
            int end = (Integer) s.get("end");
            assertEquals(text.substring(start, end), s.get("text"), () -> "span " + s);
        }
        assertEquals(text, r.getString("data.extract.text"));
        List<String> claimants = r.getList("data.extract.claims.claimant");
        assertEquals(4, claimants.stream().filter(c -> c != null).count(), () -> r.prettyPrint());
    }

    @Test
    void readingRequiresTheEditorRole() {
        JsonPath anonymous = post(null, EXTRACT, vars("in", input(REPORT)));
        assertEquals("UNAUTHENTICATED", code(anonymous));
        assertNull(anonymous.get("data"));
        JsonPath reader = post(Tokens.reader(), EXTRACT, vars("in", input(REPORT)));
        assertEquals("FORBIDDEN", code(reader));
        JsonPath write = post(Tokens.reader(), INGEST_TEXT, vars("in", input(REPORT)));
        assertEquals("FORBIDDEN", code(write));
    }

    @Test
    void badInputGetsACodedErrorAndWritesNothing() {
        int documents = ok("{ documents { totalCount } }").getInt("data.documents.totalCount");
        assertBad("", "BAD_USER_INPUT", "empty");
        assertBad(" \n\t ", "BAD_USER_INPUT", "empty");
        assertBad("x".repeat(1_000_001), "BAD_USER_INPUT", "200000");
        assertBad("Officials said the talks \u0000 failed.", "BAD_USER_INPUT", "U+0000");
        assertBad("Officials said \uD800 the talks failed.", "BAD_USER_INPUT", "offset");
        String french = "Le gouvernement a déclaré mardi que les négociations avec les représentants des pays voisins "
                + "reprendraient la semaine prochaine, selon des diplomates proches du dossier, qui ont demandé à ne pas "
                + "être nommés. Les discussions portent sur la frontière et sur le retour des réfugiés dans leurs villages.";
        assertBad(french, "UNSUPPORTED_LANGUAGE", "English");
        JsonPath tagged = post(Tokens.editor(), INGEST_TEXT, vars("in", Map.of("text", REPORT, "language", "fr")));
        assertEquals("UNSUPPORTED_LANGUAGE", code(tagged));
        assertEquals(documents, ok("{ documents { totalCount } }").getInt("data.documents.totalCount"));
    }

    private static void assertBad(String text, String code, String inMessage) {
        for (String op : List.of(EXTRACT, INGEST_TEXT)) {
            JsonPath r = post(Tokens.editor(), op, vars("in", input(text)));
            assertEquals(code, code(r), () -> r.prettyPrint());
            String message = r.getString("errors[0].message");
            assertTrue(message.contains(inMessage), message);
            assertFalse(message.contains("Exception") || message.contains("app.claimgraph"), message);
        }
    }

    @Test
    void aLongSingleSentenceGivesAProposal() {
        StringBuilder b = new StringBuilder("Officials said that ");
        while (b.length() < 190_000) {
            b.append("the talks in Geneva, which Russia and Ukraine attended, stalled again and ");
        }
        JsonPath r = extract(input(b.append("ended.").toString()));
        assertNotNull(r.getList("data.extract.claims"));
    }

    @Test
    void ingestTextStoresTheProposalAndIsIdempotent() {
        String text = "Lithuania's foreign minister, Rasa Vaitkutė, said on Monday that Vilnius would expel two "
                + "diplomats. Belarus condemned the decision, the state news agency BelTA reported.";
        Map<String, Object> in = Map.of("text", text, "publishedOn", "2026-05-06");
        JsonPath first = edit(INGEST_TEXT, vars("in", in));
        assertEquals("CREATED", first.getString("data.ingestText.outcome"));
        assertEquals(text.substring(0, text.length()), text);
        assertEquals("Lithuania's foreign minister, Rasa Vaitkutė, said on Monday that Vilnius would expel two diplomats.",
                first.getString("data.ingestText.document.title"));
        assertEquals(2, first.getList("data.ingestText.createdClaims").size(), () -> first.prettyPrint());
        String docId = first.getString("data.ingestText.document.id");
        JsonPath stored = ok("query($d: ID!) { claims(filter: {document: $d}) { nodes { claimant { name } status "
                + "evidence { start end text } } } }", vars("d", docId));
        assertEquals(List.of("Rasa Vaitkutė", "Belarus"), stored.getList("data.claims.nodes.claimant.name"));
        JsonPath again = edit(INGEST_TEXT, vars("in", in));
        assertEquals("UNCHANGED", again.getString("data.ingestText.outcome"));
        assertEquals(docId, again.getString("data.ingestText.document.id"));
        assertEquals(List.of(), again.getList("data.ingestText.createdClaims"));
    }
}
