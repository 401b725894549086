package app.claimgraph.transfer;

import static app.claimgraph.transfer.Import.NOTHING;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;

/**
 * An import file, read: the checking pass that refuses a file before anything is written unless it is
 * whole (a Claimgraph export header, every line a JSON object of a known type, and for format 2 a
 * trailer whose counts and SHA-256 match the lines), and the line reader both passes use.
 */
final class ImportFile {

    private static final JsonProvider JSON = JsonProvider.provider();

    private ImportFile() {
    }

    /** Reads the whole file once: refuses it, before anything is written, unless it is whole. */
    static int verify(Path file, boolean unverified) throws IOException {
        try {
            return read(file, unverified);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw TransferException.badFile("The file is not UTF-8 text, as an export is." + NOTHING);
        }
    }

    /** The file's format, once it is read whole and found right. */
    private static int read(Path file, boolean unverified) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            JsonObject h = header == null ? null : parse(header, 1);
            int format = h == null || !"export".equals(h.getString("claimgraph", null)) ? 0 : h.getInt("format", 0);
            if (format == 1 && !unverified) {
                throw TransferException.badFile("This file is an export of format 1, which ends with no trailer: a file cut"
                        + " short would import as if whole. Export again from this version, or send it with ?unverified=true"
                        + " to import it as it is." + NOTHING);
            }
            if (format != 1 && format != Export.FORMAT) {
                throw TransferException.badFile("The file does not start with a Claimgraph export header (format "
                        + Export.FORMAT + ")." + NOTHING);
            }
            Trailer lines = new Trailer();
            lines.add(null, header);
            JsonObject[] trailer = { null };
            long number = lines(in, (n, line, o) -> {
                if (trailer[0] != null) {
                    throw TransferException.badFile("Line " + n + " follows the trailer." + NOTHING);
                }
                if (format > 1 && Trailer.is(o)) {
                    trailer[0] = o;
                    return;
                }
                String type = o.getString("type", "");
                if (!TYPES.contains(type)) {
                    throw TransferException.badFile("Line " + n + " has the unknown type '" + type + "'." + NOTHING);
                }
                lines.add(type, line);
            });
            if (format > 1 && trailer[0] == null) {
                throw TransferException.badFile("The file ends without its trailer line: it was cut short (" + number
                        + " lines read)." + NOTHING);
            }
            String mismatch = trailer[0] == null ? null : lines.mismatch(trailer[0]);
            if (mismatch != null) {
                throw TransferException.badFile("The file is not whole: " + mismatch + "." + NOTHING);
            }
            return format;
        }
    }

    /** What is done with one line of the file: its number, its text and its object. */
    @FunctionalInterface
    interface Line<E extends Exception> {
        void accept(long number, String text, JsonObject o) throws E;
    }

    /** Each non-blank line after the header, parsed; the number of the last line read. */
    static <E extends Exception> long lines(BufferedReader in, Line<E> each) throws IOException, E {
        long number = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (!line.isBlank()) {
                each.accept(number, line, parse(line, number));
            }
        }
        return number;
    }

    private static final List<String> TYPES = List.of("actor", "redirect", "document", "relationship", "link", "change");

    private static JsonObject parse(String line, long number) {
        try (JsonReader r = JSON.createReader(new StringReader(line))) {
            return r.readObject();
        } catch (RuntimeException e) {
            throw TransferException.badFile("Line " + number + " is not a JSON object." + NOTHING);
        }
    }
}
