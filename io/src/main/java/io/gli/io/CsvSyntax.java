package io.gli.io;

/**
 * The rules of CSV text that the reader and the writer share: which characters may delimit fields
 * or start comments, and which cells must be quoted so that they read back as written.
 */
final class CsvSyntax {
    /** The comment character the writer guards against: what the reader skips by default. */
    static final char COMMENT = '#';

    private CsvSyntax() {}

    /**
     * Refuses a delimiter or comment character the byte-level parser cannot tell apart from the
     * rest: not ASCII, a quote, CR or LF, or both the same.
     *
     * @param comment the comment character, or -1 for none
     * @throws IllegalArgumentException naming the character and what is allowed
     */
    static void check(char delimiter, int comment) {
        checkOne("delimiter", delimiter);
        if (comment >= 0) {
            checkOne("comment character", (char) comment);
            if (comment == delimiter) {
                throw new IllegalArgumentException(
                        "the delimiter and the comment character are both "
                                + Failures.quote(String.valueOf(delimiter))
                                + " (expected two different characters, or noComments())");
            }
        }
    }

    private static void checkOne(String what, char c) {
        if (c >= 0x80 || c == '"' || c == '\r' || c == '\n') {
            throw new IllegalArgumentException(
                    "the "
                            + what
                            + " may not be "
                            + Failures.quote(String.valueOf(c))
                            + " (expected an ASCII character other than a quote, CR or LF)");
        }
    }

    /**
     * Whether {@code cell} must be quoted to read back as itself: it is empty (unquoted, an empty
     * cell means "no value"), holds the delimiter, a quote or a line break, starts or ends with a
     * space or tab (which other tools may trim), or, first on its line, starts with the comment
     * character.
     */
    static boolean needsQuotes(String cell, char delimiter, boolean firstOnLine) {
        int length = cell.length();
        if (length == 0) {
            return true;
        }
        char head = cell.charAt(0);
        char tail = cell.charAt(length - 1);
        if (head == ' ' || head == '\t' || tail == ' ' || tail == '\t') {
            return true;
        }
        if (firstOnLine && head == COMMENT) {
            return true;
        }
        for (int i = 0; i < length; i++) {
            char c = cell.charAt(i);
            if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
