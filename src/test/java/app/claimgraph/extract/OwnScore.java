package app.claimgraph.extract;

/** Prints the evaluation set's score table (bench/extraction.sh score): what ExtractionScoreTest holds. */
public final class OwnScore {

    private OwnScore() {
    }

    public static void main(String[] args) throws Exception {
        System.out.print(ExtractionScoreTest.table());
    }
}
