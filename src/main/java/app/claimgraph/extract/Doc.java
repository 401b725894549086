package app.claimgraph.extract;

import java.util.List;

/** A document read into sentences and tokens, with the quotations found in it. */
record Doc(String text, List<Sentence> sentences, List<Quotes.Quote> quotes) {

    String slice(int start, int end) {
        return text.substring(start, end);
    }

    /** The innermost quotation containing the offset, or null. */
    Quotes.Quote quoteAt(int offset) {
        Quotes.Quote found = null;
        for (Quotes.Quote q : quotes) {
            if (q.open() < offset && offset < q.close()
                    && (found == null || q.open() > found.open())) {
                found = q;
            }
        }
        return found;
    }
}
