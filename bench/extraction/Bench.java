package app.claimgraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Extraction speed and model memory, in process, one thread: reports of ~800 words (the dev and
 * held-back reports joined into reports of that length), warmed up, then timed; and the heap the
 * models take (used heap after GC, before and after loading them). Run by bench/extraction.sh.
 */
public class Bench {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<String> reports = reports(Path.of("src/test/resources/extraction"), 800);
        long before = usedAfterGc();
        Nlp nlp = new Nlp();
        // the models, the gazetteer and the word lists (cues, roles, first names) load on the first read
        Reader.read(nlp.analyse("Warm-up: the models load here, Jane Doe said.", Deadline.none()), Gazetteer.shipped(),
                null, Deadline.none());
        long after = usedAfterGc();
        System.out.printf(Locale.ROOT, "heap held by models, gazetteer and word lists: %.1f MB%n", (after - before) / 1e6);
        int words = 0;
        for (String r : reports) {
            words += r.split("\\s+").length;
        }
        System.out.printf(Locale.ROOT, "%d reports, %d words on average%n", reports.size(), words / reports.size());
        run(nlp, reports, seconds / 2, "warm-up");
        usedAfterGc();
        java.lang.management.ManagementFactory.getMemoryPoolMXBeans().forEach(p -> p.resetPeakUsage());
        run(nlp, reports, seconds, "measured");
        long peak = 0;
        for (var p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == java.lang.management.MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "peak heap while reading (all pools, garbage included): %.1f MB of %.0f MB allowed%n",
                peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    }

    private static void run(Nlp nlp, List<String> reports, int seconds, String label) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        int n = 0;
        int claims = 0;
        while (System.nanoTime() < end) {
            String text = reports.get(n % reports.size());
            Reader.Result r = Reader.read(nlp.analyse(text, Deadline.none()), Gazetteer.shipped(), null, Deadline.none());
            claims += r.drafts().size();
            n++;
        }
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-8s %d reports in %.1f s: %.1f reports/s, %.1f ms per report (%d claims)%n",
                label, n, s, n / s, 1000 * s / n, claims);
    }

    /** The evaluation reports joined in order into texts of about {@code words} words each. */
    static List<String> reports(Path dir, int words) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String part : new String[] { "dev", "heldout" }) {
            try (var s = Files.list(dir.resolve(part))) {
                s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int round = 0; round < 3; round++) {
            for (Path f : files) {
                b.append(Files.readString(f).strip()).append("\n\n");
                if (b.toString().split("\\s+").length >= words) {
                    out.add(b.toString());
                    b.setLength(0);
                }
            }
        }
        return out;
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
