package app.claimgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a common noun heading a phrase names, from the word list {@code extract/roles.tsv}: a
 * person's role ("the senator"), a group ("critics"), a body ("the department"), a text that can
 * show or find ("the report"), an outlet, or a place (which never speaks). A word may be several.
 */
final class Roles {

    enum Role {
        PERSON, GROUP, BODY, TEXT, MEDIA, PLACE
    }

    private static final Map<String, Set<Role>> BY_WORD = new HashMap<>();

    static {
        try (InputStream in = Roles.class.getClassLoader().getResourceAsStream("extract/roles.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                Role role = Role.valueOf(f[0]);
                for (String word : f[1].trim().split("\\s+")) {
                    BY_WORD.computeIfAbsent(word, k -> EnumSet.noneOf(Role.class)).add(role);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Roles() {
    }

    static boolean is(String fold, Role role) {
        Set<Role> roles = BY_WORD.get(fold);
        return roles != null && roles.contains(role);
    }

    /** A noun that names someone or something that can speak (not a place). */
    static boolean speaks(String fold) {
        Set<Role> roles = BY_WORD.get(fold);
        return roles != null && (roles.size() > 1 || !roles.contains(Role.PLACE));
    }
}
