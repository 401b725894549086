package app.claimgraph.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The start-up check knows the newest migration: a new file without a bump would be skipped on restarts. */
class SchemaMigrationTest {

    @Test
    void newestIsTheHighestMigrationFile() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int highest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            assertEquals(highest, SchemaMigration.NEWEST,
                    "set SchemaMigration.NEWEST to the version of the newest file in db/migration");
        }
    }
}
