package app.claimgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import app.claimgraph.claim.DatePrecision;

/**
 * When a speech act happened, from the words next to its cue: "on Tuesday", "on November 1st",
 * "on March 3, 2026", "last month", "yesterday". Relative dates are resolved against the report's
 * publication date and say so; without one, only a date the text gives whole is used: no year is
 * invented.
 */
final class Dates {

    /** A resolved date, how precise it is and how it was established (null when the text gives it whole). */
    record Stated(LocalDate date, DatePrecision precision, String note) {
    }

    private static final Map<String, Month> MONTHS = Map.ofEntries(Map.entry("january", Month.JANUARY),
            Map.entry("jan.", Month.JANUARY), Map.entry("february", Month.FEBRUARY), Map.entry("feb.", Month.FEBRUARY),
            Map.entry("march", Month.MARCH), Map.entry("april", Month.APRIL), Map.entry("may", Month.MAY),
            Map.entry("june", Month.JUNE), Map.entry("july", Month.JULY), Map.entry("august", Month.AUGUST),
            Map.entry("aug.", Month.AUGUST), Map.entry("september", Month.SEPTEMBER), Map.entry("sept.", Month.SEPTEMBER),
            Map.entry("october", Month.OCTOBER), Map.entry("oct.", Month.OCTOBER), Map.entry("november", Month.NOVEMBER),
            Map.entry("nov.", Month.NOVEMBER), Map.entry("december", Month.DECEMBER), Map.entry("dec.", Month.DECEMBER));

    private Dates() {
    }

    /** The date of the act whose cue is at {@code cue}, looking a few tokens around it; null if none. */
    static Stated near(Reading r, int cue, LocalDate published) {
        int from = Math.max(0, cue - 5);
        if (r.w(0).equals("speaking") && r.w(1).equals("on")) {
            from = 0;
        }
        for (int i = from; i < Math.min(r.s.size(), cue + 6); i++) {
            if (r.doc.quoteAt(r.t(i).start()) != null) {
                continue;
            }
            Stated d = at(r, i, published);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static Stated at(Reading r, int i, LocalDate published) {
        String w = r.w(i);
        if (w.equals("on")) {
            DayOfWeek day = weekday(r.w(i + 1));
            if (day != null) {
                return published == null ? null
                        : new Stated(published.with(TemporalAdjusters.previousOrSame(day)), DatePrecision.DAY,
                                "\"" + r.t(i + 1).text() + "\": the last such day on or before publication ("
                                        + published + ")");
            }
            Month month = MONTHS.get(w(r, i + 1));
            Integer day2 = dayOf(r.w(i + 2));
            if (month != null && day2 != null) {
                return monthDay(r, i, month, day2, published);
            }
        }
        if (w.equals("last") && Set.of("month", "year").contains(r.w(i + 1)) && published != null) {
            return switch (r.w(i + 1)) {
                case "month" -> new Stated(published.minusMonths(1).withDayOfMonth(1), DatePrecision.MONTH,
                        "\"last month\" before publication (" + published + ")");
                case "year" -> new Stated(published.minusYears(1).withDayOfYear(1), DatePrecision.YEAR,
                        "\"last year\" before publication (" + published + ")");
                default -> null;
            };
        }
        if (w.equals("yesterday") && published != null) {
            return new Stated(published.minusDays(1), DatePrecision.DAY, "\"yesterday\": the day before publication ("
                    + published + ")");
        }
        return null;
    }

    private static Stated monthDay(Reading r, int i, Month month, int day, LocalDate published) {
        Integer year = r.w(i + 3).equals(",") ? yearOf(r.w(i + 4)) : yearOf(r.w(i + 3));
        try {
            if (year != null) {
                return new Stated(LocalDate.of(year, month, day), DatePrecision.DAY, null);
            }
            if (published == null) {
                return null;
            }
            LocalDate d = LocalDate.of(published.getYear(), month, day);
            if (d.isAfter(published)) {
                d = d.minusYears(1);
            }
            return new Stated(d, DatePrecision.DAY, "year from publication (" + published + ")");
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String w(Reading r, int i) {
        return r.w(i).toLowerCase(Locale.ROOT);
    }

    static boolean month(String w) {
        return MONTHS.containsKey(w);
    }

    static DayOfWeek weekday(String w) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).equals(w)) {
                return d;
            }
        }
        return null;
    }

    private static Integer dayOf(String w) {
        String digits = w.replaceAll("(st|nd|rd|th)$", "");
        if (!digits.matches("\\d{1,2}")) {
            return null;
        }
        int d = Integer.parseInt(digits);
        return d >= 1 && d <= 31 ? d : null;
    }

    private static Integer yearOf(String w) {
        return w.matches("(19|20)\\d\\d") ? Integer.parseInt(w) : null;
    }
}
