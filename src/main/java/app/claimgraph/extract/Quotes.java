package app.claimgraph.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Pairs quotation marks within one paragraph: curly (“ ” ‘ ’), low-9 („), guillemets (« ») and
 * straight (" ') ones, nested to any depth. An apostrophe inside a word (UK’s, don't) is not a
 * quotation mark; an opening mark left unclosed at the end of its paragraph is ignored, so
 * unbalanced quotes never fail a read.
 */
final class Quotes {

    /** A quotation: offsets of its opening and closing marks; its words lie strictly between them. */
    record Quote(int open, int close, int depth) {

        int contentStart() {
            return open + 1;
        }

        int contentEnd() {
            return close;
        }
    }

    private record Open(int at, char family) {
    }

    private Quotes() {
    }

    /** The quotations of {@code text[from, to)}, in order of their opening marks. */
    static List<Quote> find(String text, int from, int to) {
        List<Quote> found = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            char family = family(c);
            if (family == 0) {
                continue;
            }
            boolean before = i == from || opensAfter(text.charAt(i - 1));
            boolean after = i + 1 < to && !Character.isWhitespace(text.charAt(i + 1));
            boolean ends = i + 1 == to || closesBefore(text.charAt(i + 1));
            boolean closes = i > from && !Character.isWhitespace(text.charAt(i - 1)) && ends
                    // 'this, " Trump said': a straight mark standing alone ends the open quotation
                    || (c == '"' || c == '\'') && ends && closesOpen(open, family);
            if (c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '\u2018' && before && after) {
                open.push(new Open(i, family));
            } else if ((c == '"' || c == '\'') && before && after && !closesOpen(open, family)) {
                open.push(new Open(i, family));
            } else if (closes) {
                close(open, family, i, found);
            }
        }
        found.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return found;
    }

    /** Pops to the innermost open quotation of the family, if there is one. */
    private static boolean close(Deque<Open> open, char family, int at, List<Quote> found) {
        if (open.stream().noneMatch(o -> o.family() == family)) {
            return false;
        }
        while (!open.isEmpty()) {
            Open o = open.pop();
            if (o.family() == family) {
                found.add(new Quote(o.at(), at, open.size()));
                return true;
            }
        }
        return false;
    }

    /** A straight mark right after text that an open quotation of its family could end. */
    private static boolean closesOpen(Deque<Open> open, char family) {
        return !open.isEmpty() && open.peek().family() == family;
    }

    /** 'd' for double marks, 's' for single ones, 0 for any other character. */
    private static char family(char c) {
        return switch (c) {
            case '"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> 'd';
            case '\'', '\u2018', '\u2019' -> 's';
            default -> 0;
        };
    }

    /** A token that is a quotation mark ("“", "'", "''"). */
    static boolean isMark(String token) {
        return token.equals("''") || token.equals("``") || token.length() == 1 && family(token.charAt(0)) != 0;
    }

    private static boolean opensAfter(char c) {
        return Character.isWhitespace(c) || "([{\u2014\u2013-/:\"\u201C\u2018'".indexOf(c) >= 0;
    }

    private static boolean closesBefore(char c) {
        return Character.isWhitespace(c) || ".,;:!?)]}\u2014\u2013-\"\u201D\u2019'".indexOf(c) >= 0;
    }
}
