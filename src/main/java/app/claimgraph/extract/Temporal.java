package app.claimgraph.extract;

import java.util.Set;

/**
 * Expressions of time that stand between a speaker and a cue or right after it ("Trump on
 * Wednesday announced", "said Sunday", "said last week"): never a speaker, skipped over.
 */
final class Temporal {

    private static final Set<String> WORDS = Set.of("today", "yesterday", "tonight", "tomorrow", "recently",
            "earlier", "later", "now", "then", "again", "once");
    private static final Set<String> UNITS = Set.of("week", "month", "year", "weekend", "night", "morning",
            "evening", "afternoon", "day", "summer", "fall", "autumn", "spring", "winter", "time");
    private static final Set<String> RELATIVE = Set.of("last", "this", "next", "earlier", "later", "that");

    private Temporal() {
    }

    private static boolean day(String w) {
        return Dates.weekday(w) != null || Dates.weekday(w.replaceFirst("'s$", "")) != null;
    }

    /** The end of a time expression starting at {@code i}, or {@code i} when none starts there. */
    static int at(Reading r, int i) {
        String w = r.w(i);
        if (day(w) || WORDS.contains(w) && !"VERB".equals(r.tag(i))) {
            return i + 1;
        }
        if (RELATIVE.contains(w) && UNITS.contains(r.w(i + 1))) {
            return i + 2;
        }
        if (Set.of("on", "in", "during", "over", "at", "by").contains(w)) {
            int end = at(r, i + 1);
            if (end > i + 1) {
                return end;
            }
            if (Dates.month(r.w(i + 1))) {
                int k = i + 2;
                while (k < r.s.size() && ("NUM".equals(r.tag(k)) || r.w(k).equals(","))) {
                    k++;
                }
                return k;
            }
        }
        return i;
    }

    /** The start of a time expression ending just before {@code end}, or {@code end} when none ends there. */
    static int before(Reading r, int end) {
        for (int from = Math.max(0, end - 4); from < end; from++) {
            if (at(r, from) == end) {
                return from;
            }
        }
        return end;
    }
}
