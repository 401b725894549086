package app.claimgraph.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import app.claimgraph.api.ApiError;

/** What a text must be before it is read: present, not too long, text (not binary), English. */
final class TextCheck {

    static final String UNSUPPORTED_LANGUAGE = "UNSUPPORTED_LANGUAGE";
    private static final Set<String> STOPWORDS = Set.of("the", "of", "and", "to", "a", "in", "that", "is", "was",
            "said", "for", "on", "it", "with", "as", "by", "at", "he", "she", "they", "has", "have", "from", "would",
            "an", "be", "this", "its", "their", "not", "are", "were", "will", "who", "but", "after");

    private TextCheck() {
    }

    static void check(TextInput in, int maxChars) throws ApiError {
        if (in.text == null || in.text.isBlank()) {
            throw ApiError.badArgument("input.text", "The text is empty; send the report's text.");
        }
        if (in.text.length() > maxChars) {
            throw new ApiError(ApiError.BAD_USER_INPUT, "The text has " + in.text.length()
                    + " characters; at most " + maxChars + " are read in one request. Split the report or send a shorter text.",
                    Map.of("argument", "input.text", "limit", maxChars, "length", in.text.length()));
        }
        int bad = badCharacter(in.text);
        if (bad >= 0) {
            throw ApiError.badArgument("input.text", "The text holds a control or binary character (U+"
                    + String.format("%04X", (int) in.text.charAt(bad)) + ") at offset " + bad
                    + "; send plain text.");
        }
        String lang = in.language == null ? "en" : in.language.strip().toLowerCase(Locale.ROOT);
        if (!lang.equals("en") && !lang.startsWith("en-")) {
            throw new ApiError(UNSUPPORTED_LANGUAGE, "Only English (\"en\") reports are read; this one is \""
                    + in.language + "\". Nothing was written.", Map.of("argument", "input.language"));
        }
        if (!readsAsEnglish(in.text)) {
            throw new ApiError(UNSUPPORTED_LANGUAGE, "The text does not read as English, the only language read;"
                    + " nothing was written. If it is English, check its encoding.", Map.of("argument", "input.text"));
        }
    }

    /** The offset of a C0 control (other than tab and line breaks), a noncharacter or a lone surrogate, or -1. */
    static int badCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F || c == 0xFFFE || c == 0xFFFF) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return i;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Texts of 40 words or more must have English function words among them; shorter ones are read as given. */
    static boolean readsAsEnglish(String text) {
        int words = 0;
        int common = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            if (STOPWORDS.contains(w)) {
                common++;
            }
            if (words >= 2000) {
                break;
            }
        }
        return words < 40 || common * 100 >= words * 12;
    }
}
