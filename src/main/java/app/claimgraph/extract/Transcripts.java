package app.claimgraph.extract;

import java.util.Set;

import app.claimgraph.claim.ClaimType;

/**
 * Interview transcripts: a paragraph that opens with a speaker's label in capitals and a colon
 * ("TAPPER: Do you think …", "CLINTON: I feel …", "Q:") is that speaker's turn, every sentence of
 * it; cues inside it ("I think", "you know") are the speaker's words, not attributions of their own.
 */
final class Transcripts {

    /** Capitalised labels that head a paragraph without being a speaker. */
    private static final Set<String> NOT_SPEAKERS = Set.of("correction", "update", "video", "watch", "photos",
            "photo", "related", "editor's note", "note", "read more", "breaking", "exclusive", "live", "opinion",
            "analysis", "source", "sources", "disclosure", "clarification", "warning", "caution", "reminder", "summary",
            "background", "bottom line", "fix is in", "huffpollster", "the latest", "factbox", "explainer", "poll");
    private static final Cues.Cue COLON = new Cues.Cue(":", ClaimType.STATEMENT);

    private Transcripts() {
    }

    /** The act of a transcript's turn when the sentence opens one, else null. */
    static Act turn(Reading r) {
        Sentence s = r.s;
        boolean opensParagraph = s.index() == 0 || r.doc.sentences().get(s.index() - 1).paragraph() != s.paragraph();
        if (!opensParagraph) {
            return null;
        }
        int start = Quotes.isMark(s.token(0).text()) ? 1 : 0;
        int colon = start;
        while (colon < s.size() && colon - start < 4 && upper(s.token(colon).text())) {
            colon++;
        }
        if (colon == start || colon >= s.size() || !s.token(colon).text().equals(":") || colon + 1 >= s.size()) {
            return null;
        }
        String label = r.slice(start, colon);
        if (NOT_SPEAKERS.contains(app.claimgraph.api.Text.fold(label))) {
            return null;
        }
        Act a = new Act(Act.Kind.CUE, colon, colon + 1, COLON);
        Speakers.Found f = Speakers.resolve(r, new SpeakerPhrases.Phrase(start, colon, start, colon, "transcript"));
        a.speakerFrom = start;
        a.speakerTo = colon;
        a.speaker = f == null ? null : f.entity();
        a.rule = "transcript:" + (f == null ? "unsettled" : f.how());
        a.contentFrom = colon + 1;
        a.contentTo = s.size();
        a.paragraph = true;
        r.transcript = s.paragraph();
        return a;
    }

    /** A word in capitals ("TAPPER", "Q", "MR."), at least one letter. */
    private static boolean upper(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }
}
