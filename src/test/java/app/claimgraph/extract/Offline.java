package app.claimgraph.extract;

import java.time.LocalDate;
import java.util.Map;

/**
 * The extraction pipeline without the application: what {@code extract} answers, less the matches
 * against stored actors (which change no claim, span or actor name). For the scorers and table
 * tests, which must run in seconds from the test class path.
 */
public final class Offline {

    private static final Nlp NLP = new Nlp();

    private Offline() {
    }

    public static Extraction extract(String text, LocalDate publishedOn) {
        TextInput in = new TextInput();
        in.text = text;
        in.publishedOn = publishedOn;
        Reader.Result read = Reader.read(NLP.analyse(text, Deadline.none()), Gazetteer.shipped(), publishedOn,
                Deadline.none());
        return Proposal.of(read, in, Map.of());
    }
}
