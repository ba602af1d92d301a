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

    static String csvStrayQuote() {
        return "a quote inside an unquoted field (expected a field that holds quotes to be"
                + " enclosed in quotes whole, with each of its quotes doubled)";
    }

    static String csvUnterminatedQuote() {
        return "a quoted field opened here is never closed (expected a closing quote before the"
                + " end of the file)";
    }

    static String csvAfterClosingQuote(char found) {
        return "expected the delimiter or the end of the line after a closing quote, found "
                + quote(String.valueOf(found));
    }

    static String csvTooLong(int maxChars) {
        return "a record longer than "
                + maxChars
                + " characters (ReadLimits.maxStringLength; expected shorter lines, or a"
                + " reader with higher limits)";
    }

    static String csvFieldCount(int expected, int found, boolean header) {
        return "expected "
                + expected
                + (expected == 1 ? " field" : " fields")
                + (header ? " (as many as the header has)" : " (as many as the first row has)")
                + ", found "
                + found;
    }

    static String csvTooManyColumns(int found, int maxAttributes) {
        return found
                + " columns: more attributes than ReadLimits.maxAttributes ("
                + maxAttributes
                + ") allows";
    }

    static String csvUnknownType(String field, String type) {
        return "unknown type "
                + quote(type)
                + " in header field "
                + quote(field)
                + " (expected key:type with a type of boolean, long, double, string or json;"
                + " a key that holds ':' needs a type after it, as in a:b:string)";
    }

    static String csvRepeatedKey(String key) {
        return "the header names attribute " + quote(key) + " twice (expected each key once)";
    }

    static String csvMissingColumn(String role, String name, java.util.List<String> fields) {
        StringBuilder found = new StringBuilder();
        for (String field : fields) {
            found.append(found.length() == 0 ? "" : ", ").append(quote(field));
        }
        return "no "
                + role
                + " column: expected a header field named "
                + quote(name)
                + " exactly (ID columns carry no type), found "
                + found
                + " (set the column's name on the reader, or read without a header)";
    }

    static String csvEmptyId(boolean node) {
        return "expected a node ID, found an empty "
                + (node ? "ID" : "endpoint")
                + " cell (an empty ID is written as \"\")";
    }

    static String csvBadValue(String key, ValueType type, boolean inferred, String problem) {
        return "column "
                + quote(key)
                + " is "
                + type.token()
                + (inferred
                        ? " (inferred from the first " + CsvTable.INFERENCE_ROWS + " rows)"
                        : "")
                + ": "
                + problem
                + (inferred
                        ? "; declare the column's type, as "
                                + quote(key + ":string")
                                + " in the header or column(key, type) on the reader"
                        : "");
    }

    static IllegalArgumentException csvUnpaired(String what) {
        return cannotWrite(
                "CSV",
                what,
                "it holds an unpaired surrogate, and UTF-8 text carries only well-formed Unicode");
    }

    static IllegalArgumentException csvNotAnEdgeTable(String node, boolean hasAttributes) {
        return cannotWrite(
                "a CSV edge table alone",
                "node " + quote(node),
                (hasAttributes ? "it has attributes" : "it has no edges")
                        + ", which only a node table holds; write(graph, edges, nodes) writes both");
    }

    // (end of the CSV section)

    // ---- GraphML: messages of GraphmlReader and GraphmlWriter go below (graphml helper)

    // (end of the GraphML section)

    // ---- node-link JSON and DOT: messages of NodeLink* and DotWriter go below (json helper)

    // (end of the node-link JSON and DOT section)

    // ---- binary snapshot: messages of Snapshot* go below (snapshot helper)

    // (end of the snapshot section)
}
