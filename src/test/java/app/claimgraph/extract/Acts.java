package app.claimgraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;

/** Dev aid: every act of every sentence of a file whose text contains the second argument, with its state. */
public final class Acts {

    private Acts() {
    }

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        Doc doc = new Nlp().analyse(text, Deadline.none());
        Reading r = new Reading(doc, Gazetteer.shipped());
        for (Sentence s : doc.sentences()) {
            r.begin(s);
            Reader.actors(r);
            if (s.headline()) {
                continue;
            }
            var acts = Attribution.read(r);
            if (!text.substring(s.start(), s.end()).contains(args[1])) {
                continue;
            }
            System.out.println(text.substring(s.start(), s.end()));
            for (Mention m : r.entities.in(s)) {
                System.out.println("  mention " + r.slice(m.from(), m.to()) + " -> " + m.entity() + " " + m.how());
            }
            for (Act a : acts) {
                System.out.printf("  act %s %s [%d,%d) speaker=%s src=[%d,%d) merged=%s inside=%s inherited=%s content=[%d,%d) more=[%d,%d) rule=%s via=%s%n",
                        a.kind, r.slice(a.from, a.to), a.from, a.to, a.speaker, a.speakerFrom, a.speakerTo, a.merged, a.inside,
                        a.inherited, a.contentFrom, a.contentTo, a.moreFrom, a.moreTo, a.rule, a.via);
            }
        }
    }
}
