package app.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Content that runs past its sentence: a quotation opened sentences before the cue ('"… . …," he
 * said'), or closed after it; the quoted sentences that follow in the paragraph with no cue of their
 * own ('"…," he said. "…"'); the paragraph after a cue that ends with a colon ("Caddell continued:").
 * Each becomes another evidence span of the claim.
 */
final class Continuations {

    private Continuations() {
    }

    static void extend(Doc doc, List<Draft> drafts) {
        List<Sentence> sentences = doc.sentences();
        boolean[] claimed = new boolean[sentences.size()];
        for (Draft d : drafts) {
            if (d.act != null) {
                claimed[d.sentence] = true;
            }
        }
        for (Draft d : drafts) {
            if (d.act == null || d.act.nested) {
                continue;
            }
            Sentence s = sentences.get(d.sentence);
            boolean quoted = false;
            for (Quotes.Quote q : doc.quotes()) {
                if (q.open() < s.start() && q.close() >= d.start && q.close() < s.end()) {
                    d.more.add(new int[] { q.open(), s.start() });
                    quoted = true;
                } else if (q.open() >= d.start && q.open() < d.end && q.close() >= s.end()) {
                    d.more.add(new int[] { s.end(), q.close() + 1 });
                    quoted = true;
                } else if (q.open() >= d.start && q.close() < d.end) {
                    quoted = true;
                }
            }
            int last = lastSentence(doc, d);
            int next = last + 1;
            boolean colon = doc.text().substring(s.start(), s.end()).stripTrailing().endsWith(":");
            while (next < sentences.size() && !claimed[next] && (quoted || colon || d.act.paragraph)) {
                Sentence n = sentences.get(next);
                boolean samePara = n.paragraph() == sentences.get(next - 1).paragraph();
                if (d.act.paragraph) {
                    if (!samePara) {
                        break;
                    }
                    d.more.add(new int[] { n.start(), n.end() });
                    next++;
                    continue;
                }
                boolean opensQuote = Quotes.isMark(n.token(0).text()) && doc.quoteAt(n.token(Math.min(1, n.size() - 1)).start()) != null;
                if (!(samePara && quoted && opensQuote || colon && n.paragraph() == s.paragraph() + 1)) {
                    break;
                }
                d.more.add(new int[] { n.start(), n.end() });
                next++;
            }
        }
    }

    /** The index of the last sentence the claim's evidence reaches. */
    private static int lastSentence(Doc doc, Draft d) {
        int end = d.end;
        for (int[] m : d.more) {
            end = Math.max(end, m[1]);
        }
        int last = d.sentence;
        List<Sentence> sentences = doc.sentences();
        while (last + 1 < sentences.size() && sentences.get(last + 1).start() < end) {
            last++;
        }
        return last;
    }

    /** The claim's evidence spans in text order, the sentence's own among them, trimmed of white space. */
    static List<int[]> spans(Doc doc, Draft d) {
        List<int[]> out = new ArrayList<>();
        out.add(new int[] { d.start, d.end });
        for (int[] m : d.more) {
            int s = m[0];
            int e = m[1];
            while (s < e && Character.isWhitespace(doc.text().charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(doc.text().charAt(e - 1))) {
                e--;
            }
            if (e > s && (e <= d.start || s >= d.end)) {
                out.add(new int[] { s, e });
            }
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }
}
