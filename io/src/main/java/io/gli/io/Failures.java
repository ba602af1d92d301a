package io.gli.io;

import io.gli.BatchException;
import io.gli.EdgeExistsException;
import io.gli.NodeExistsException;
import io.gli.NodeNotFoundException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.zip.ZipException;

/**
 * Every message of the io module, made in one place: the quoting of offending text and the
 * translation of what the graph or the JDK refused into a {@link GraphFormatException} that says
 * where in the file it happened and what was expected there.
 */
final class Failures {
    private static final int QUOTE_LIMIT = 80;

    private Failures() {}

    /**
     * {@code text} in double quotes, Java-escaped (control characters and unpaired surrogates shown
     * as {@code \\uXXXX}), cut after 80 characters with its length, so a 100 MB line never floods a
     * message.
     */
    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        int shown = Math.min(text.length(), QUOTE_LIMIT);
        if (shown < text.length() && Character.isHighSurrogate(text.charAt(shown - 1))) {
            shown--;
        }
        StringBuilder out = new StringBuilder(shown + 24).append('"');
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            boolean paired =
                    (Character.isHighSurrogate(c)
                                    && i + 1 < text.length()
                                    && Character.isLowSurrogate(text.charAt(i + 1)))
                            || (Character.isLowSurrogate(c)
                                    && i > 0
                                    && Character.isHighSurrogate(text.charAt(i - 1)));
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || (Character.isSurrogate(c) && !paired)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        if (shown < text.length()) {
            out.append("... (").append(text.length()).append(" characters)");
        }
        return out.toString();
    }

    /** A problem at a position. */
    static GraphFormatException at(String source, long line, long column, String problem) {
        return new GraphFormatException(source, line, column, problem);
    }

    /** A problem at a position, with the exception behind it. */
    static GraphFormatException at(
            String source, long line, long column, String problem, Throwable cause) {
        return new GraphFormatException(source, line, column, problem, cause);
    }

    /**
     * What the graph refused of a row at {@code line}: a duplicate, an edge to a missing node, an
     * invalid value, said in the file's terms.
     */
    static GraphFormatException refusedRow(
            String source, long line, long column, BatchException refusal) {
        RuntimeException cause = refusal.getCause();
        String problem;
        if (cause instanceof NodeExistsException e) {
            problem =
                    "duplicate node "
                            + quote(e.nodeId())
                            + ": it is already in the graph or earlier in the file"
                            + " (expected each node once, or a reader set to skip or merge duplicates)";
        } else if (cause instanceof EdgeExistsException e) {
            problem =
                    "duplicate edge from "
                            + quote(e.source())
                            + " to "
                            + quote(e.target())
                            + ": it is already in the graph or earlier in the file (on an undirected"
                            + " graph, either direction counts; expected each edge once, or a reader"
                            + " set to skip or merge duplicates)";
        } else if (cause instanceof NodeNotFoundException e) {
            problem =
                    "edge names node "
                            + quote(e.nodeId())
                            + ", which is neither in the graph nor among the file's nodes"
                            + " (expected a declared node, or a reader set to create missing nodes)";
        } else {
            problem =
                    "the graph refused this row: "
                            + (cause == null ? refusal.getMessage() : cause.getMessage());
        }
        return new GraphFormatException(source, line, column, problem, refusal);
    }

    /**
     * A low-level read failure (truncated gzip, bad UTF-8, an early end) as a format error at the
     * position reached; any other {@link IOException} is returned as it is.
     */
    static IOException reading(String source, long line, long column, IOException e) {
        if (e instanceof GraphFormatException) {
            return e;
        }
        if (e instanceof EOFException) {
            return at(
                    source,
                    line,
                    column,
                    "the file ends too early (truncated?): " + e.getMessage(),
                    e);
        }
        if (e instanceof ZipException) {
            return at(source, line, column, "corrupt gzip data: " + e.getMessage(), e);
        }
        if (e instanceof CharacterCodingException) {
            return at(source, line, column, "expected UTF-8 text, found invalid bytes", e);
        }
        return e;
    }

    /** A value or ID a format cannot hold, refused by a writer. */
    static IllegalArgumentException cannotWrite(String format, String what, String why) {
        return new IllegalArgumentException(format + " cannot hold " + what + ": " + why);
    }

    // ---- CSV and TSV: messages of CsvReader and CsvWriter go below (csv helper)

    // (end of the CSV section)

    // ---- GraphML: messages of GraphmlReader and GraphmlWriter go below (graphml helper)

    // (end of the GraphML section)

    // ---- node-link JSON and DOT: messages of NodeLink* and DotWriter go below (json helper)

    /**
     * A JSON syntax error or a broken-off file, as Jackson reported it, at its position: said in
     * the file's terms (truncated, not UTF-8, over a limit) rather than the parser's alone.
     */
    static GraphFormatException malformedJson(
            String source, long line, long column, String jacksonProblem, Throwable cause) {
        String problem;
        if (jacksonProblem.startsWith("Unexpected end-of-input")) {
            problem =
                    "the file ends too early (truncated?): expected the rest of the JSON ("
                            + jacksonProblem
                            + ")";
        } else if (jacksonProblem.startsWith("Invalid UTF-8")) {
            problem = "expected UTF-8 text, found invalid bytes (" + jacksonProblem + ")";
        } else if (cause instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
            problem = "over the read limits (see ReadLimits): " + jacksonProblem;
        } else if (jacksonProblem.startsWith("Duplicate field")) {
            problem = "expected each key once in a JSON object: " + jacksonProblem;
        } else {
            problem = "expected well-formed JSON: " + jacksonProblem;
        }
        return at(source, line, column, problem, cause);
    }

    /** A JSON token that is not what node-link JSON has at that place. */
    static GraphFormatException unexpectedJson(
            String source, long line, long column, String expected, String found) {
        return at(source, line, column, "expected " + expected + ", found " + found);
    }

    /** A node or edge object without one of its required members. */
    static GraphFormatException missingMember(
            String source, long line, long column, String element, String member) {
        return at(
                source,
                line,
                column,
                element
                        + " object without \""
                        + member
                        + "\" (expected "
                        + (member.equals("id")
                                ? "{\"id\": ..., attributes...}"
                                : "{\"source\": ..., \"target\": ..., attributes...}")
                        + ")");
    }

    /**
     * An attribute value refused by the JSON value codec (null, out of range, too many entries).
     */
    static GraphFormatException badJsonValue(
            String source, long line, long column, String key, String why) {
        return at(source, line, column, "attribute " + quote(key) + ": " + why);
    }

    /** More attributes on one node or edge than {@link ReadLimits#maxAttributes} allows. */
    static GraphFormatException tooManyAttributes(
            String source, long line, long column, String element, int limit) {
        return at(
                source,
                line,
                column,
                element
                        + " with more than "
                        + limit
                        + " attributes (expected at most ReadLimits.maxAttributes() = "
                        + limit
                        + ")");
    }

    /** The file's declared direction differs from the graph it is read into. */
    static GraphFormatException directionMismatch(
            String source, long line, long column, boolean fileDirected) {
        return at(
                source,
                line,
                column,
                "the file says \"directed\": "
                        + fileDirected
                        + " but the graph is "
                        + (fileDirected ? "undirected" : "directed")
                        + " (expected a graph of the file's direction; for a new graph,"
                        + " \"directed\" must come before \"nodes\" and \"edges\" to choose it)");
    }

    /** A file with both NetworkX's old and new key for its edges. */
    static GraphFormatException twoEdgeLists(String source, long line, long column) {
        return at(
                source,
                line,
                column,
                "found both \"links\" and \"edges\" (expected one list of edges, under either)");
    }

    /** An edge of a multigraph file that repeats an earlier one (GLI has no parallel edges). */
    static GraphFormatException parallelEdge(
            GraphFormatException refused, EdgeExistsException edge) {
        return at(
                refused.source(),
                refused.line(),
                refused.column(),
                "parallel edge from "
                        + quote(edge.source())
                        + " to "
                        + quote(edge.target())
                        + " in a multigraph file: a GLI graph holds one edge per pair of nodes"
                        + " (expected edges that do not repeat, or a reader set to skip or merge"
                        + " duplicates)",
                refused.getCause());
    }

    /** An attribute key a node-link writer's output holds a member under. */
    static IllegalArgumentException reservedNodeLinkKey(String owner, String key) {
        return cannotWrite(
                "node-link JSON",
                "the attribute " + quote(key) + " of " + owner,
                "that key holds the "
                        + (key.equals("id") ? "node's ID" : "edge's " + key)
                        + " there (expected attributes under other keys; rename it before writing)");
    }

    /** An attribute key with an unpaired surrogate, which JSON readers refuse in keys. */
    static IllegalArgumentException unpairedSurrogateKey(String owner, String key) {
        return cannotWrite(
                "node-link JSON",
                "the attribute key " + quote(key) + " of " + owner,
                "an unpaired surrogate in a key (expected keys of well-formed Unicode; values and"
                        + " IDs may hold unpaired surrogates)");
    }

    /** A string DOT cannot carry (a NUL or an unpaired surrogate). */
    static IllegalArgumentException cannotWriteDot(String what, String text, String why) {
        return cannotWrite("DOT", what + " " + quote(text), why);
    }

    // (end of the node-link JSON and DOT section)

    // ---- binary snapshot: messages of Snapshot* go below (snapshot helper)

    // (end of the snapshot section)
}
