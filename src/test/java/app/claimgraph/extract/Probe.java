package app.claimgraph.extract;

import java.time.LocalDate;

/** Dev aid: tokens, tags and the claims the pipeline proposes for a text given as arguments. */
public final class Probe {

    private Probe() {
    }

    public static void main(String[] args) {
        String text = String.join(" ", args);
        Doc doc = new Nlp().analyse(text, Deadline.none());
        for (Sentence s : doc.sentences()) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < s.size(); i++) {
                b.append(i).append(':').append(s.token(i).text()).append('/').append(s.token(i).tag()).append(' ');
            }
            System.out.println(b);
        }
        Extraction x = Offline.extract(text, LocalDate.of(2016, 6, 1));
        for (ExtractedClaim c : x.claims) {
            String who = x.actors.stream().filter(a -> a.ref.equals(c.claimant)).map(a -> a.name + "/" + a.kind)
                    .findFirst().orElse("null");
            System.out.printf("%s %s %s src=[%s] cue=[%s] | %s%n", who, c.type, c.rule,
                    c.source == null ? "" : c.source.getText(), c.cue == null ? "" : c.cue.getText(),
                    c.evidence.stream().map(e -> e.getText()).toList());
        }
        x.warnings.forEach(w -> System.out.println("W " + w));
    }
}
