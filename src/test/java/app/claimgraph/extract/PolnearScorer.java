package app.claimgraph.extract;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.claimgraph.claim.TextSpan;

/**
 * Scores {@code extract} on PolNeAR articles (PARC-style partial match), for bench/polnear.sh:
 * <ul>
 * <li>a gold attribution is found when a proposed claim's cue overlaps its cue; pairs are one to
 * one, taken in text order (each gold cue takes the first free proposed cue that overlaps it);</li>
 * <li>its source is right when the proposed source span overlaps the gold source (or neither
 * has one);</li>
 * <li>its content is right when the token-overlap F1 of the proposed evidence, less the cue and
 * source, against the gold content is at least 0.5;</li>
 * <li>precision counts every proposed claim with a cue, recall every gold attribution; "all" needs
 * the three.</li>
 * </ul>
 * The corpus carries no licence: it is read from where it lies, at bench time, and nothing of it is
 * written into the repository. With {@code --errors FILE} the misses and false alarms are listed
 * there, with their sentences, for studying (keep that file out of the repository).
 */
public final class PolnearScorer {

    /** One annotated or proposed attribution: character ranges of cue, source, content (sources may be empty). */
    record Attribution(BitSet cue, BitSet source, BitSet content, int cueStart, String label) {
    }

    /** Counts over a set of articles. */
    static final class Score {
        int gold;
        int proposed;
        int cue;
        int source;
        int content;
        int all;

        void add(Score o) {
            gold += o.gold;
            proposed += o.proposed;
            cue += o.cue;
            source += o.source;
            content += o.content;
            all += o.all;
        }

        String table(String title) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                    "%s: %d gold attributions, %d proposed (with a cue)%n%-8s %6s %6s %6s%n", title, gold, proposed,
                    "", "P", "R", "F1"));
            row(b, "cue", cue);
            row(b, "source", source);
            row(b, "content", content);
            row(b, "all", all);
            return b.toString();
        }

        private void row(StringBuilder b, String name, int right) {
            double p = ratio(right, proposed);
            double r = ratio(right, gold);
            b.append(String.format(Locale.ROOT, "%-8s %6.3f %6.3f %6.3f%n", name, p, r, f1(p, r)));
        }

        double f1(String what) {
            int right = switch (what) {
                case "cue" -> cue;
                case "source" -> source;
                case "content" -> content;
                default -> all;
            };
            return f1(ratio(right, proposed), ratio(right, gold));
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    private static final Pattern T_LINE = Pattern.compile("^(T\\d+)\\t(\\S+) ([0-9; ]+)\\t", Pattern.MULTILINE);
    private static final Pattern E_LINE = Pattern.compile("^E\\d+\\t(.+)$", Pattern.MULTILINE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

    private PolnearScorer() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of("../shared/polnear/dev");
        Path errors = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--errors")) {
                errors = Path.of(args[++i]);
            } else {
                dir = Path.of(args[i]);
            }
        }
        List<Path> articles;
        try (var files = Files.list(dir)) {
            articles = files.filter(f -> f.toString().endsWith(".ann")).sorted().toList();
        }
        if (articles.isEmpty()) {
            System.err.println("no PolNeAR articles (NAME.txt + NAME.ann) in " + dir);
            System.exit(2);
        }
        Score total = new Score();
        long started = System.nanoTime();
        try (PrintStream log = errors == null ? null : new PrintStream(Files.newOutputStream(errors), true,
                StandardCharsets.UTF_8)) {
            for (Path ann : articles) {
                String name = ann.getFileName().toString().replaceAll("\\.ann$", "");
                String text = Files.readString(ann.resolveSibling(name + ".txt"));
                List<Attribution> gold = gold(Files.readString(ann));
                Extraction x = Offline.extract(text, null);
                total.add(score(text, gold, proposed(x), log == null ? null : new ErrorLog(log, name, text)));
            }
        }
        System.out.print(total.table("PolNeAR " + dir.getFileName() + " (" + articles.size() + " articles)"));
        System.out.printf(Locale.ROOT, "read in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** The attributions of a BRAT file: each E line's Cue, Source and Content(s). */
    static List<Attribution> gold(String ann) {
        Map<String, BitSet> spans = new HashMap<>();
        Matcher t = T_LINE.matcher(ann);
        while (t.find()) {
            BitSet b = new BitSet();
            for (String part : t.group(3).split(";")) {
                String[] se = part.trim().split(" ");
                b.set(Integer.parseInt(se[0]), Integer.parseInt(se[1]));
            }
            spans.put(t.group(1), b);
        }
        List<Attribution> out = new ArrayList<>();
        Matcher e = E_LINE.matcher(ann);
        while (e.find()) {
            BitSet cue = null;
            BitSet source = new BitSet();
            BitSet content = new BitSet();
            for (String role : e.group(1).trim().split("\\s+")) {
                String[] kv = role.split(":");
                BitSet span = kv.length == 2 ? spans.get(kv[1]) : null;
                if (span == null) {
                    continue;
                }
                if (kv[0].equals("Cue")) {
                    cue = span;
                } else if (kv[0].equals("Source")) {
                    source.or(span);
                } else if (kv[0].startsWith("Content")) {
                    content.or(span);
                }
            }
            if (cue != null && !cue.isEmpty()) {
                out.add(new Attribution(cue, source, content, cue.nextSetBit(0), "gold"));
            }
        }
        out.sort((a, b) -> Integer.compare(a.cueStart(), b.cueStart()));
        return out;
    }

    /** The proposed claims with a cue, as attributions: content is the evidence less cue and source. */
    static List<Attribution> proposed(Extraction x) {
        List<Attribution> out = new ArrayList<>();
        for (ExtractedClaim c : x.claims) {
            if (c.cue == null) {
                continue;
            }
            BitSet cue = bits(c.cue);
            BitSet source = c.source == null ? new BitSet() : bits(c.source);
            BitSet content = new BitSet();
            c.evidence.forEach(ev -> content.or(bits(ev)));
            content.andNot(cue);
            content.andNot(source);
            out.add(new Attribution(cue, source, content, c.cue.getStart(), c.rule));
        }
        out.sort((a, b) -> Integer.compare(a.cueStart(), b.cueStart()));
        return out;
    }

    private static BitSet bits(TextSpan s) {
        BitSet b = new BitSet();
        b.set(s.getStart(), s.getEnd());
        return b;
    }

    static Score score(String text, List<Attribution> gold, List<Attribution> proposed, ErrorLog log) {
        Score s = new Score();
        s.gold = gold.size();
        s.proposed = proposed.size();
        boolean[] taken = new boolean[proposed.size()];
        for (Attribution g : gold) {
            int match = -1;
            for (int p = 0; p < proposed.size() && match < 0; p++) {
                if (!taken[p] && proposed.get(p).cue().intersects(g.cue())) {
                    match = p;
                }
            }
            if (match < 0) {
                if (log != null) {
                    log.missed(g);
                }
                continue;
            }
            taken[match] = true;
            Attribution p = proposed.get(match);
            s.cue++;
            boolean source = g.source().isEmpty() ? p.source().isEmpty() : p.source().intersects(g.source());
            double f1 = tokenF1(text, p.content(), g.content());
            boolean content = f1 >= 0.5;
            s.source += source ? 1 : 0;
            s.content += content ? 1 : 0;
            s.all += source && content ? 1 : 0;
            if (log != null && !(source && content)) {
                log.wrong(g, p, source, f1);
            }
        }
        for (int p = 0; p < proposed.size(); p++) {
            if (!taken[p] && log != null) {
                log.extra(proposed.get(p));
            }
        }
        return s;
    }

    /** F1 of the words (letters and digits) of two character sets, a word counting where it starts. */
    static double tokenF1(String text, BitSet proposed, BitSet gold) {
        int inBoth = 0;
        int inProposed = 0;
        int inGold = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            boolean p = covered(proposed, m.start(), m.end());
            boolean g = covered(gold, m.start(), m.end());
            inProposed += p ? 1 : 0;
            inGold += g ? 1 : 0;
            inBoth += p && g ? 1 : 0;
        }
        if (inBoth == 0) {
            return 0;
        }
        double precision = (double) inBoth / inProposed;
        double recall = (double) inBoth / inGold;
        return 2 * precision * recall / (precision + recall);
    }

    /** A word belongs to a span when most of its characters do. */
    private static boolean covered(BitSet span, int start, int end) {
        int n = span.get(start, end).cardinality();
        return n * 2 > end - start;
    }

    /** Writes each miss, wrong part and false alarm with the words around it. */
    record ErrorLog(PrintStream out, String article, String text) {

        void missed(Attribution g) {
            out.printf("MISS %s | cue=[%s] src=[%s] | %s%n", article, words(g.cue()), words(g.source()), around(g.cue()));
        }

        void wrong(Attribution g, Attribution p, boolean source, double f1) {
            out.printf(Locale.ROOT, "%s %s | cue=[%s] gold src=[%s] ours=[%s] f1=%.2f rule=%s | gold content=[%s] ours=[%s]%n",
                    source ? "CONTENT" : "SOURCE", article, words(g.cue()), words(g.source()), words(p.source()), f1,
                    p.label(), cut(words(g.content())), cut(words(p.content())));
        }

        void extra(Attribution p) {
            out.printf("EXTRA %s | cue=[%s] src=[%s] rule=%s | %s%n", article, words(p.cue()), words(p.source()),
                    p.label(), around(p.cue()));
        }

        private String words(BitSet b) {
            StringBuilder s = new StringBuilder();
            for (int i = b.nextSetBit(0); i >= 0 && i < text.length(); i = b.nextSetBit(i + 1)) {
                int end = b.nextClearBit(i);
                if (!s.isEmpty()) {
                    s.append(" … ");
                }
                s.append(text, i, Math.min(end, text.length()));
                i = end;
            }
            return s.toString().replace('\n', ' ');
        }

        private String around(BitSet cue) {
            int at = cue.nextSetBit(0);
            int from = Math.max(0, text.lastIndexOf('\n', at) + 1);
            from = Math.max(from, at - 160);
            int to = text.indexOf('\n', at);
            to = to < 0 ? text.length() : Math.min(to, at + 160);
            return text.substring(from, at) + "⟦" + text.substring(at, Math.min(text.length(), cue.nextClearBit(at)))
                    + "⟧" + text.substring(Math.min(text.length(), cue.nextClearBit(at)), to);
        }

        private static String cut(String s) {
            return s.length() > 160 ? s.substring(0, 160) + "…" : s;
        }
    }
}
