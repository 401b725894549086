package app.claimgraph.ingest;

import java.util.List;

/** An input that cannot be stored; nothing was written. Carries every problem found, not just the first. */
public class InputRejected extends RuntimeException {

    private final transient List<Problem> problems;

    public InputRejected(List<Problem> problems) {
        super(problems.size() + " problem(s) in the input: "
                + String.join("; ", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
