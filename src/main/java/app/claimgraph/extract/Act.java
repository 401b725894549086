package app.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;

import app.claimgraph.claim.ClaimType;

/**
 * One act of attribution found in a sentence: a speech verb, "according to", "citing" or a body
 * adopting a text, with its speaker and the relays it came through.
 */
final class Act {

    enum Kind {
        CUE, ACCORDING, CITING, RESOLUTION
    }

    final Kind kind;
    /** Token range of the cue ("said", "according to", "adopted"). */
    final int from;
    final int to;
    final Cues.Cue cue;
    Entity speaker;
    /** Token range of the speaker phrase, -1 when resolved from elsewhere (coordination, the clause subject). */
    int speakerFrom = -1;
    int speakerTo = -1;
    final List<Entity> via = new ArrayList<>();
    /** How the speaker was found, e.g. "cue:before", "cue:inverted", "according-to". */
    String rule;
    /** The type of claim, when the act fixes it beyond its cue (RESOLUTION, ASSESSMENT of a motive). */
    ClaimType type;
    /** Folded into the act before it: "welcomed the veto, describing the draft as biased". */
    boolean merged;
    boolean hedged;
    /** For a speech act quoted inside another's quotation: the act that quotes it (its relay). */
    Act outer;
    final boolean nested;
    /** Token ranges of the content in the sentence: before or after the cue, and its continuation after an inverted cue ("…," he said, "…"). */
    int contentFrom = -1;
    int contentTo = -1;
    int moreFrom = -1;
    int moreTo = -1;
    /** The source is the clause's subject or the previous act's, named elsewhere in the sentence ("…, adding"). */
    boolean inherited;
    /** Its content is the rest of its paragraph (a transcript's turn). */
    boolean paragraph;
    /** Inside another act's content ("he said she thinks …"): not an attribution of its own. */
    boolean inside;

    Act(Kind kind, int from, int to, Cues.Cue cue) {
        this(kind, from, to, cue, false);
    }

    Act(Kind kind, int from, int to, Cues.Cue cue, boolean nested) {
        this.nested = nested;
        this.kind = kind;
        this.from = from;
        this.to = to;
        this.cue = cue;
    }

    boolean speaks() {
        return speaker != null && !merged && !inside;
    }

    /** Whether it makes a claim: its source is named, even when who that is cannot be settled. */
    boolean claims() {
        return !merged && !inside && (speaker != null || speakerFrom >= 0);
    }

    /** The first token of the act's clause: its speaker phrase if that comes first, else its cue. */
    int clauseStart() {
        return speakerFrom >= 0 && speakerFrom < from && !inherited ? speakerFrom : from;
    }
}
