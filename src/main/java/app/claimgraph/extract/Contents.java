package app.claimgraph.extract;

import java.util.List;
import java.util.Set;

/**
 * Where each act's content lies in its sentence: after the cue ("X said that …", "According to X,
 * …"), or before it when the cue trails ("…, X said"; '"…," said X'), with what continues after an
 * inverted cue ('"…," he said, "…"'). A cue inside another act's content is part of what that act
 * attributes ("he said she thinks …": one attribution, as PARC annotates) unless its clause stands
 * on its own ("…, and Y argued …", "…, adding …", "…, according to …"), which ends the content
 * before it.
 */
final class Contents {

    private static final Set<String> OBJECT_CUES = Set.of("tell", "ask", "urge", "remind", "assure", "inform", "warn",
            "advise", "call on", "accuse", "blame", "thank", "praise", "criticise", "criticize", "caution");
    private static final Set<String> LEADS = Set.of("that", ":", ",", "\u2014", "\u2013", "--");
    private static final Set<String> ENDS = Set.of(".", "!", "?");
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", "and", "but", "while", "whereas", "although",
            "though", "\u2014", "\u2013", "--", "(");
    /** Words opening a clause of its own inside a sentence: "…, as he urges …", "…, who noted …". */
    private static final Set<String> SUBORDINATORS = Set.of("as", "when", "after", "because", "while", "before",
            "since", "although", "though", "until", "whereas", "where", "who", "which", "whom", "if", "once", "unless");

    private Contents() {
    }

    static void bound(Reading r, List<Act> acts) {
        for (Act a : acts) {
            if (a.speaker != null || a.speakerFrom >= 0 || a.kind == Act.Kind.ACCORDING) {
                place(r, a, acts);
            }
        }
        for (Act a : acts) {
            for (Act b : acts) {
                if (b == a || a.inside || a.merged) {
                    continue;
                }
                if (a.contentFrom >= 0 && b.from >= a.contentFrom && b.from < a.contentTo) {
                    contain(r, a, b);
                } else if (a.moreFrom >= 0 && b.from >= a.moreFrom && b.from < a.moreTo) {
                    a.moreTo = Math.max(a.moreFrom, clauseEnd(r, b, a.moreFrom));
                }
            }
        }
    }

    /** The content of one act, in its sentence. */
    private static void place(Reading r, Act a, List<Act> acts) {
        boolean sourceAfter = a.speakerFrom >= a.to && !a.inherited;
        int clauseStart = Math.min(a.clauseStart(), Attribution.back(r, a.from, true));
        int post = sourceAfter ? a.speakerTo : a.to;
        int end = end(r, a, acts, post);
        if (a.kind == Act.Kind.CUE && OBJECT_CUES.contains(a.cue.lemma()) && !sourceAfter) {
            int object = Chunks.endOf(r, post);
            post = object > post && !r.w(post).equals("that") && words(r, object, end) >= 2 ? object : post;
        }
        post = pastCiting(r, post, acts);
        end = end(r, a, acts, post);
        post = pastAdjuncts(r, post, end);
        while (post < end && LEADS.contains(r.w(post)) && !r.w(post).equals(",")) {
            post++;
        }
        boolean continues = post < end && r.w(post).equals(",");
        int words = words(r, continues ? post + 1 : post, end);
        int pre = preEnd(r, clauseStart);
        boolean trailing = pre > 0 && words(r, 0, pre) >= 2 && (words < 2 || continues || a.kind == Act.Kind.ACCORDING)
                && !(a.kind == Act.Kind.ACCORDING && clauseStart == 0);
        if (trailing) {
            a.contentFrom = 0;
            a.contentTo = pre;
            if (continues && words >= 2) {
                a.moreFrom = post + 1;
                a.moreTo = end;
            }
        } else if (words == 0 && appended(r, clauseStart) >= 0) {
            // "…, a charge Israel denies": the content is the phrase the clause hangs on
            a.contentFrom = appended(r, clauseStart);
            a.contentTo = clauseStart;
        } else if (words >= 1) {
            a.contentFrom = continues ? post + 1 : post;
            a.contentTo = end;
        }
    }

    /** Where the sentence's content for act {@code a} ends: before a trailing ", according to", ", citing", ", adding". */
    private static int end(Reading r, Act a, List<Act> acts, int post) {
        int end = r.s.size();
        while (end > 0 && ENDS.contains(r.w(end - 1))) {
            end--;
        }
        for (Act b : acts) {
            boolean trails = b.kind == Act.Kind.ACCORDING || b.kind == Act.Kind.CITING || r.w(b.from).endsWith("ing");
            if (b != a && b.from > post + 1 && b.from < end && trails && r.w(b.from - 1).equals(",")
                    && (b.kind != Act.Kind.ACCORDING || b.speaker == null || b.speaker != a.speaker)) {
                end = b.from - 1;
            }
        }
        return end;
    }

    /** "According to CNN, citing anonymous sources, …": the content starts after the citing phrase. */
    private static int pastCiting(Reading r, int post, List<Act> acts) {
        for (Act b : acts) {
            if (b.kind == Act.Kind.CITING && b.from == post + 1 && r.w(post).equals(",") && b.speakerTo > b.from) {
                return b.speakerTo;
            }
        }
        return post;
    }

    /** Past "in a statement", "on Tuesday", "last week", "in an interview with X" right after the cue. */
    private static int pastAdjuncts(Reading r, int post, int end) {
        int k = post;
        while (k < end) {
            String w = r.w(k);
            if (Set.of("in", "on", "at", "during", "via", "through", "from", "after", "before").contains(w)) {
                int np = Chunks.endOf(r, k + 1);
                if (np < 0 || np > end) {
                    return k;
                }
                k = np;
                if (Set.of("with", "to", "of").contains(r.w(k))) {
                    int more = Chunks.endOf(r, k + 1);
                    k = more > k && more <= end ? more : k;
                }
            } else if (Dates.weekday(w) != null || Set.of("yesterday", "today", "tonight", "monday's").contains(w)) {
                k++;
            } else if (Set.of("last", "this", "next", "earlier", "later").contains(w)
                    && Set.of("week", "month", "year", "weekend", "night", "morning", "evening", "day")
                            .contains(r.w(k + 1))) {
                k += 2;
            } else {
                return k;
            }
        }
        return k;
    }

    /** The start of a phrase set after a comma right before the clause ("…, a charge Israel denies"), or -1. */
    private static int appended(Reading r, int clauseStart) {
        int np = Chunks.startOf(r, clauseStart);
        return np > 0 && np < clauseStart && r.w(np - 1).equals(",") ? np : -1;
    }

    /** The end of what stands before the act's clause, less the comma or quotation mark that closes it. */
    private static int preEnd(Reading r, int clauseStart) {
        int k = clauseStart;
        while (k > 0 && (LEADS.contains(r.w(k - 1)) || Quotes.isMark(r.t(k - 1).text()))) {
            k--;
        }
        return k < clauseStart ? k : 0;
    }

    /**
     * An outlet's report (or a report by nobody the reader can name) whose content is another speaker's
     * speech act: that act is the claim, the outlet relays it.
     */
    private static boolean relays(Reading r, Act a, Act b) {
        // "the senator said he …" is the senator's claim even when who the senator is stays unsettled
        boolean outlet = a.speaker == null && (a.speakerTo <= 0 || !Roles.is(r.w(a.speakerTo - 1), Roles.Role.PERSON))
                || a.speaker != null && a.speaker.kind == app.claimgraph.actor.ActorKind.MEDIA;
        return outlet && a.kind == Act.Kind.CUE && Set.of("report", "say", "write", "tell").contains(a.cue.lemma())
                && b.kind != Act.Kind.ACCORDING && b.kind != Act.Kind.CITING && b.speaker != null && !b.inherited
                && b.cue.kind() == Cues.Kind.SPEECH && b.clauseStart() == a.contentFrom;
    }

    /** Where the content before act {@code b}'s clause ends: before the comma or conjunction that opens it. */
    private static int clauseEnd(Reading r, Act b, int floor) {
        int cut = Math.min(b.clauseStart(), Attribution.back(r, b.from, true));
        while (cut > floor && (CLAUSE_BREAKS.contains(r.w(cut - 1)) || SUBORDINATORS.contains(r.w(cut - 1))
                || Set.of("also", "then", "later").contains(r.w(cut - 1)))) {
            cut--;
        }
        return cut;
    }

    private static int words(Reading r, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            n += r.t(k).word() ? 1 : 0;
        }
        return n;
    }

    /**
     * Act {@code b}'s cue lies in {@code a}'s content: its clause ends that content when it stands on
     * its own, else it is part of it.
     */
    private static void contain(Reading r, Act a, Act b) {
        if (relays(r, a, b)) {
            // "Belarus condemned the decision, the state news agency BelTA reported": Belarus's claim, via BelTA
            if (a.speaker != null) {
                b.via.add(0, a.speaker);
            }
            a.merged = true;
            return;
        }
        int start = Math.min(b.clauseStart(), Attribution.back(r, b.from, true));
        int appended = appended(r, start);
        // 'They want to "…," Sanders said': the trailing act holds the one before it, and both stand
        boolean holds = b.contentFrom >= 0 && b.contentFrom <= a.from && a.from < b.contentTo && b.from > a.from;
        boolean own = holds || b.kind == Act.Kind.ACCORDING || b.kind == Act.Kind.CITING || b.inherited
                || start > a.contentFrom && SUBORDINATORS.contains(r.w(start - 1)) && !r.w(start - 1).equals("that")
                || appended > a.contentFrom;
        // "X, a Republican who has refused to endorse Y, said …": the aside's act ends with the aside
        boolean encloses = b.speakerFrom >= 0 && b.speakerFrom <= a.from && b.speakerTo > a.from && b.from > a.from;
        if (encloses && a.cue != null && a.cue.kind() == Cues.Kind.STANCE) {
            a.inside = true; // "Iran, which backs Hezbollah, warned": who Iran is, not what it claims
            return;
        }
        own |= encloses;
        int cut = encloses ? b.speakerTo - 1 : appended > a.contentFrom ? appended - 1 : clauseEnd(r, b, a.contentFrom);
        if (own || cut < start) {
            if (b.from > a.from || a.contentTo <= a.from) {
                a.contentTo = Math.max(a.contentFrom, cut);
                if (a.moreFrom >= 0 && a.moreFrom >= cut) {
                    a.moreFrom = -1;
                    a.moreTo = -1;
                }
            }
            return;
        }
        b.inside = true;
    }
}
