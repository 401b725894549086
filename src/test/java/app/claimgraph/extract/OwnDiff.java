package app.claimgraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Dev aid: the claims of one evaluation report, gold and proposed, side by side (never for held-back reports). */
public final class OwnDiff {

    private OwnDiff() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        for (String name : args) {
            Path txt = Path.of(name + ".txt");
            JsonNode gold = json.readTree(Path.of(name + ".json").toFile());
            LocalDate published = gold.hasNonNull("publishedOn") ? LocalDate.parse(gold.get("publishedOn").asText()) : null;
            JsonNode x = json.valueToTree(Offline.extract(Files.readString(txt), published));
            Map<String, String> names = new HashMap<>();
            x.path("actors").forEach(a -> names.put(a.path("ref").asText(), a.path("name").asText() + "/" + a.path("kind").asText()));
            System.out.println("=== " + name);
            gold.path("claims").forEach(c -> {
                if (!c.path("claimant").isNull() && !c.path("claimant").asText().isEmpty()) {
                    System.out.printf("G %-22s %s%n", c.path("claimant").asText(), c.path("evidence").get(0).path("text").asText());
                }
            });
            x.path("claims").forEach(c -> System.out.printf("P %-22s %-20s src=[%s] cue=[%s] | %s%n",
                    names.get(c.path("claimant").asText()), c.path("rule").asText(), c.path("source").path("text").asText(),
                    c.path("cue").path("text").asText(), c.path("evidence").get(0).path("text").asText()));
            gold.path("relationships").forEach(rel -> System.out.println("GR " + rel.path("source").asText() + " "
                    + rel.path("type").asText() + " " + rel.path("target").asText()));
            x.path("relationships").forEach(rel -> System.out.println("PR " + names.get(rel.path("source").asText()) + " "
                    + rel.path("type").asText() + " " + names.get(rel.path("target").asText()) + " " + rel.path("rule").asText()));
            x.path("warnings").forEach(w -> System.out.println("W " + w.asText()));
        }
    }
}
