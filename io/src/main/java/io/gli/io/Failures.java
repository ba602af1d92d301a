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

    // ---- formats by name (GraphFormat, GraphFiles)

    /** The extensions of every format, for messages: {@code .csv, .tsv, .tab, ...}. */
    private static String knownExtensions() {
        StringBuilder out = new StringBuilder();
        for (GraphFormat format : GraphFormat.values()) {
            for (String extension : format.extensions()) {
                out.append(out.length() == 0 ? "" : ", ").append(extension);
            }
        }
        return out.append(" (each also with .gz)").toString();
    }

    private static String tokens(java.util.List<GraphFormat> formats) {
        StringBuilder out = new StringBuilder();
        for (GraphFormat format : formats) {
            out.append(out.length() == 0 ? "" : ", ").append(format.token());
        }
        return out.toString();
    }

    static String unknownExtension(java.nio.file.Path file) {
        return "cannot tell the format of "
                + file
                + " from its name; expected one of the extensions "
                + knownExtensions()
                + ", or the format named explicitly";
    }

    static String unknownFormat(String name) {
        return "unknown graph format "
                + quote(name)
                + "; expected one of "
                + tokens(java.util.List.of(GraphFormat.values()));
    }

    static String notReadable(GraphFormat format, java.util.List<GraphFormat> readable) {
        return format.token() + " is written, not read; the formats read are " + tokens(readable);
    }

    static String snapshotOnDuplicate(io.gli.BulkLoad.OnDuplicate onDuplicate) {
        return "a snapshot is read with onDuplicate FAIL only (its nodes and edges are distinct),"
                + " got "
                + onDuplicate;
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

    /** The messages of the GraphML reader and writer. */
    static final class Graphml {
        private static final String ALLOWED_CHARS =
                "XML 1.0 carries tab, line feed, carriage return and the characters from U+0020 on,"
                        + " except unpaired surrogates, U+FFFE and U+FFFF";

        private Graphml() {}

        static GraphFormatException doctype(String source, long line, long column) {
            return at(
                    source,
                    line,
                    column,
                    "DOCTYPE not allowed: GraphML needs no DTD, and this reader never reads one"
                            + " (no external entities, no entity expansion)");
        }

        static GraphFormatException entity(String source, long line, long column, String name) {
            return at(
                    source,
                    line,
                    column,
                    "entity reference &"
                            + name
                            + "; not allowed (expected text, the five predefined entities or"
                            + " character references; this reader declares no other entities)");
        }

        static GraphFormatException malformed(
                String source, long line, long column, String parserMessage, Throwable cause) {
            return at(source, line, column, "malformed XML: " + parserMessage, cause);
        }

        static GraphFormatException encoding(String source, String declared) {
            return at(
                    source,
                    1,
                    GraphFormatException.UNKNOWN,
                    "the file declares encoding "
                            + quote(declared)
                            + " (expected UTF-8, the encoding this reader reads)");
        }

        static GraphFormatException expectedRoot(
                String source, long line, long column, String found) {
            return at(
                    source,
                    line,
                    column,
                    "expected a <graphml> root element, found <" + found + ">");
        }

        static GraphFormatException noGraph(String source, long line, long column) {
            return at(
                    source,
                    line,
                    column,
                    "the file ends its <graphml> without a <graph> (expected one <graph> element)");
        }

        static GraphFormatException secondGraph(String source, long line, long column) {
            return at(
                    source,
                    line,
                    column,
                    "a second <graph> in the file (expected exactly one: a GLI graph is one graph)");
        }

        static GraphFormatException unsupported(
                String source, long line, long column, String what) {
            return at(
                    source,
                    line,
                    column,
                    what
                            + " not supported (a GLI graph has no nested graphs, hyperedges, ports"
                            + " or external locators; expected plain <node> and <edge> elements)");
        }

        static GraphFormatException missingAttribute(
                String source, long line, long column, String element, String attribute) {
            return at(
                    source,
                    line,
                    column,
                    "<" + element + "> without its " + attribute + " attribute (expected one)");
        }

        static GraphFormatException badAttribute(
                String source,
                long line,
                long column,
                String element,
                String attribute,
                String found,
                String expected) {
            return at(
                    source,
                    line,
                    column,
                    "<"
                            + element
                            + "> "
                            + attribute
                            + "="
                            + quote(found)
                            + " (expected "
                            + expected
                            + ")");
        }

        static GraphFormatException directionMismatch(
                String source,
                long line,
                long column,
                boolean fileDirected,
                boolean graphDirected) {
            return at(
                    source,
                    line,
                    column,
                    "the file's graph is "
                            + direction(fileDirected)
                            + " but the graph read into is "
                            + direction(graphDirected)
                            + " (expected a file of the graph's direction)");
        }

        static GraphFormatException mixedEdge(
                String source, long line, long column, String found, boolean graphDirected) {
            return at(
                    source,
                    line,
                    column,
                    "an edge with directed="
                            + quote(found)
                            + " in a graph whose edges are "
                            + direction(graphDirected)
                            + " (a GLI graph holds one kind of edge; mixed graphs cannot be read)");
        }

        private static String direction(boolean directed) {
            return directed ? "directed" : "undirected";
        }

        static GraphFormatException duplicateKey(String source, long line, long column, String id) {
            return at(
                    source,
                    line,
                    column,
                    "a second <key> with id " + quote(id) + " (expected each key id once)");
        }

        static GraphFormatException unknownKey(String source, long line, long column, String id) {
            return at(
                    source,
                    line,
                    column,
                    "<data key="
                            + quote(id)
                            + "> names no declared key (expected the id of a <key> declared"
                            + " before the <graph>)");
        }

        static GraphFormatException wrongDomain(
                String source, long line, long column, String id, String declaredFor, String on) {
            return at(
                    source,
                    line,
                    column,
                    "key "
                            + quote(id)
                            + " is declared for="
                            + quote(declaredFor)
                            + " but used on "
                            + on
                            + " (expected a key declared for "
                            + on
                            + "s or for all)");
        }

        static GraphFormatException badType(
                String source, long line, long column, String id, String type) {
            return at(
                    source,
                    line,
                    column,
                    "key "
                            + quote(id)
                            + " declares attr.type="
                            + quote(type)
                            + " (expected boolean, int, long, float, double or string)");
        }

        static GraphFormatException badValue(
                String source, long line, long column, String key, String type, String why) {
            return at(
                    source, line, column, "value of key " + quote(key) + " (" + type + "): " + why);
        }

        static GraphFormatException repeatedData(
                String source, long line, long column, String name, String element) {
            return at(
                    source,
                    line,
                    column,
                    "attribute "
                            + quote(name)
                            + " given twice on "
                            + element
                            + " (expected one <data> per attribute)");
        }

        static GraphFormatException tooDeep(String source, long line, long column, int limit) {
            return at(
                    source,
                    line,
                    column,
                    "elements nested more than " + limit + " deep (the reader's maxDepth limit)");
        }

        static GraphFormatException tooManyAttributes(
                String source, long line, long column, String what, int limit) {
            return at(
                    source,
                    line,
                    column,
                    what + " over " + limit + " (the reader's maxAttributes limit)");
        }

        static GraphFormatException tooLong(
                String source, long line, long column, String what, int limit) {
            return at(
                    source,
                    line,
                    column,
                    what
                            + " longer than "
                            + limit
                            + " characters (the reader's maxStringLength limit)");
        }

        static GraphFormatException undeclaredEndpoint(GraphFormatException refused) {
            String node =
                    refused.getCause() instanceof BatchException batch
                                    && batch.getCause() instanceof NodeNotFoundException missing
                            ? quote(missing.nodeId())
                            : "?";
            return at(
                    refused.source(),
                    refused.line(),
                    refused.column(),
                    "edge names node "
                            + node
                            + ", which is neither in the graph nor declared by a <node> before"
                            + " this edge (GraphML requires the nodes declared; this reader reads in"
                            + " one pass, so nodes must come before the edges that name them)",
                    refused.getCause());
        }

        /** Whether a refused edge row was refused for a missing endpoint. */
        static boolean isMissingEndpoint(GraphFormatException refused) {
            return refused.getCause() instanceof BatchException batch
                    && batch.getCause() instanceof NodeNotFoundException;
        }

        static IllegalArgumentException cannotWrite(String what, String text, int index) {
            int c = text.codePointAt(index);
            return Failures.cannotWrite(
                    "GraphML",
                    what + " " + quote(text),
                    String.format("its character U+%04X at index %d; ", c, index) + ALLOWED_CHARS);
        }
    }

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

    /** The first bytes are not a snapshot's magic number. */
    static GraphFormatException snapshotNotASnapshot(String source, byte[] head, int got) {
        StringBuilder found = new StringBuilder();
        for (int i = 0; i < Math.min(got, SnapshotLayout.MAGIC.length); i++) {
            found.append(String.format("%02x ", head[i] & 0xFF));
        }
        return at(
                source,
                GraphFormatException.UNKNOWN,
                GraphFormatException.UNKNOWN,
                "not a GLI binary snapshot: expected the magic bytes 89 47 4c 49 0d 0a 1a 0a at"
                        + " byte offset 0, found "
                        + (got == 0 ? "an empty file" : found.toString().trim()));
    }

    /** A snapshot of a version this reader does not read. */
    static GraphFormatException snapshotVersion(String source, int version) {
        return at(
                source,
                8,
                GraphFormatException.UNKNOWN,
                "snapshot format version "
                        + Integer.toUnsignedString(version)
                        + (Integer.compareUnsigned(version, SnapshotLayout.VERSION) > 0
                                ? " is newer than this reader, which reads version "
                                : " is not a version this reader reads; it reads version ")
                        + SnapshotLayout.VERSION
                        + " (expected a file written by this version of GLI or an older one)");
    }

    /** The file ends inside {@code what}, {@code missing} bytes short. */
    static GraphFormatException snapshotTruncated(
            String source, long offset, String what, long missing) {
        return at(
                source,
                offset,
                GraphFormatException.UNKNOWN,
                "the file ends at byte offset "
                        + offset
                        + " inside "
                        + what
                        + ", "
                        + missing
                        + " bytes short (truncated?)");
    }

    /** A block (or the header) whose bytes do not match its checksum. */
    static GraphFormatException snapshotChecksum(
            String source, long offset, String what, int stored, int computed) {
        return at(
                source,
                offset,
                GraphFormatException.UNKNOWN,
                "the "
                        + what
                        + " at byte offset "
                        + offset
                        + " is corrupt: its CRC32C is "
                        + String.format("%08x", computed)
                        + ", expected the stored "
                        + String.format("%08x", stored));
    }

    /** Any other malformed part of a snapshot, at its byte offset. */
    static GraphFormatException snapshotMalformed(String source, long offset, String problem) {
        return at(source, offset, GraphFormatException.UNKNOWN, problem);
    }

    // (end of the snapshot section)
}
