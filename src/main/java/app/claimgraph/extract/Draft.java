package app.claimgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.claimgraph.claim.ClaimStatus;
import app.claimgraph.claim.ClaimType;

/** A proposed claim: who, through whom, where in the text, of what type and status, and why. */
final class Draft {

    /** The act it comes from; null for narration carried only as a relationship's evidence. */
    final Act act;
    final int sentence;
    Entity claimant;
    final List<Entity> via = new ArrayList<>();
    int start;
    /** The evidence's words. */
    String text;
    int end;
    Quotes.Quote quote;
    ClaimType type;
    ClaimStatus status;
    Dates.Stated stated;
    double confidence;
    String rule;
    int cueStart = -1;
    int cueEnd = -1;
    /** The words naming the claimant for this claim ("he", "the department"), -1 when none stand in the text. */
    int sourceStart = -1;
    int sourceEnd = -1;
    final Set<Entity> subjects = new LinkedHashSet<>();
    /** Evidence beyond the sentence: a quotation's other sentences, the paragraph after a colon. */
    final List<int[]> more = new ArrayList<>();
    String ref;

    Draft(Act act, int sentence) {
        this.act = act;
        this.sentence = sentence;
    }

    boolean attributed() {
        return claimant != null;
    }
}
