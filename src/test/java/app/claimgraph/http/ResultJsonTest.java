package app.claimgraph.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.claimgraph.api.FieldValues;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import io.smallrye.graphql.execution.ExecutionResponse;

/** The endpoint's JSON writer produces the bytes SmallRye's text is sent as, for every kind of value a result holds. */
class ResultJsonTest {

    enum Status {
        CONFIRMED
    }

    @Test
    void writesWhatSmallRyeWrites() {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("text", "He said \"no\" \\ then\ttab\nnew line \u0001 \u001f Díaz 東京 🛰 </script>");
        claim.put("escapesAfterWideText", "東京東京東京\u0001\u0002\u0003\u0004\u0005\u0006\u0007\"\"\"\"\"\"\"");
        claim.put("loneSurrogates", "a\ud800b\udc00c\ud83d");
        claim.put("long".repeat(5000), "x".repeat(40_000) + "é".repeat(10_000));
        claim.put("status", Status.CONFIRMED);
        claim.put("confidence", 0.1);
        claim.put("whole", 1.0);
        claim.put("tiny", 1e-5);
        claim.put("huge", 1.5e20);
        claim.put("float", 0.3f);
        claim.put("count", 42);
        claim.put("long", 9_007_199_254_740_993L);
        claim.put("decimal", new BigDecimal("12.50"));
        claim.put("big", new BigInteger("123456789012345678901234567890"));
        claim.put("flag", false);
        claim.put("missing", null);
        claim.put("empty", List.of());
        claim.put("subjects", Arrays.asList(Map.of("name", "United States"), null));
        FieldValues actor = new FieldValues(new String[] {"name", "kind", "subjects"});
        actor.set(0, "Díaz \"quoted\"");
        actor.set(1, null);
        actor.set(2, List.of(claim));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("claims", new ArrayList<>(List.of(claim, Map.of())));
        data.put("actor", actor);
        ExecutionResult result = ExecutionResultImpl.newExecutionResult().data(data).build();

        assertArrayEquals(new ExecutionResponse(result).getExecutionResultAsString().getBytes(StandardCharsets.UTF_8),
                ResultJson.write(result), "the bytes String.getBytes(UTF_8) gives, lone surrogates as '?'");
    }

    @Test
    void fieldValuesReadAsAMap() {
        FieldValues values = new FieldValues(new String[] {"id", "name", "kind"});
        values.set(0, "QWN0b3I6YQ");
        values.set(2, "STATE");
        Map<String, Object> same = new LinkedHashMap<>();
        same.put("id", "QWN0b3I6YQ");
        same.put("name", null);
        same.put("kind", "STATE");
        assertEquals(same, values);
        assertEquals(List.of("id", "name", "kind"), new ArrayList<>(values.keySet()), "keys in selection order");
        assertEquals("STATE", values.get("kind"));
        assertTrue(values.containsKey("name"));
        assertNull(values.get("description"));
    }

    @Test
    void leavesErrorsAndExtensionsToSmallRye() {
        assertNull(ResultJson.write(ExecutionResultImpl.newExecutionResult().data(Map.of("a", 1))
                .addError(GraphqlErrorBuilder.newError().message("boom").build()).build()));
        assertNull(ResultJson.write(ExecutionResultImpl.newExecutionResult().data(Map.of("a", 1))
                .extensions(Map.of("cost", 3)).build()));
        assertNull(ResultJson.write(ExecutionResultImpl.newExecutionResult().data(Map.of("a", new Object())).build()),
                "a value of an unknown kind");
    }
}
