package app.claimgraph.extract;

/**
 * One token of a document: its characters (UTF-16 offsets into the document text), its universal
 * part-of-speech tag, and its folded form (lower case, no accents, typographic apostrophes as ').
 */
record Token(String text, int start, int end, String tag, String fold) {

    boolean is(String folded) {
        return fold.equals(folded);
    }

    boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    boolean word() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }

    boolean punct(char c) {
        return text.length() == 1 && text.charAt(0) == c;
    }
}
