package io.gli.io;

import io.gli.Edge;
import io.gli.Graph;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a graph as CSV (or TSV) tables that {@link CsvReader} reads back exactly: an edge table
 * alone, or a node table and an edge table.
 *
 * <p>Tables: the edge table's header is {@code source,target} and then one {@code key:type} column
 * per edge attribute key; the node table's is {@code id} and one {@code key:type} column per node
 * attribute key; keys in order of first appearance over the nodes (edges) in order. A column whose
 * values all have one scalar type gets that type; a column holding lists or maps, or values of
 * several types, is {@code json} and its cells JSON text, so every value comes back with its type.
 * Rows are in node (edge) order; a missing attribute is an empty cell, an empty string {@code ""}.
 *
 * <p>Text: UTF-8, {@code \n} line ends, RFC 4180 quoting only where a cell needs it (the delimiter,
 * a quote, a line break, a leading or trailing space or tab, an empty string, or a {@code #}
 * starting a line). Deterministic: the same graph gives the same bytes. A graph holding an unpaired
 * surrogate (in an ID, a key or a string) is refused before anything is written.
 *
 * <p>An edge table alone holds no node attributes, no isolated nodes and no node order of its own
 * (the reader adds nodes in order of first appearance); a graph with node attributes or an isolated
 * node is refused by the one-file forms, naming the first such node.
 */
public final class CsvWriter implements GraphWriter {
    private final char delimiter;

    private CsvWriter(Builder builder) {
        this.delimiter = builder.delimiter;
    }

    /** A builder with the defaults: comma-separated. */
    public static Builder builder() {
        return new Builder();
    }

    /** A comma-separated writer. */
    public static CsvWriter defaults() {
        return builder().build();
    }

    /**
     * Writes the edge table alone.
     *
     * @throws IllegalArgumentException if a node has attributes or no edge (naming it), or the
     *     graph holds what UTF-8 cannot
     */
    @Override
    public void write(Graph graph, Path file) throws IOException {
        Columns edgeColumns = checkEdgeTableAlone(graph);
        Output.toFile(file, out -> writeEdges(graph, edgeColumns, out));
    }

    /** As {@link #write(Graph, Path)}, to a stream, uncompressed. */
    @Override
    public void write(Graph graph, OutputStream out) throws IOException {
        Columns edgeColumns = checkEdgeTableAlone(graph);
        writeEdges(graph, edgeColumns, out);
    }

    /**
     * Writes the node table to {@code nodes} and the edge table to {@code edges} (each gzipped if
     * its name ends in {@code .gz}); every node, attribute and order comes back from {@link
     * CsvReader#read(Path, Path, io.gli.GraphBuilder)}. The graph is checked whole before either
     * file is written.
     *
     * @throws IllegalArgumentException if the graph holds what UTF-8 cannot, naming it
     */
    public void write(Graph graph, Path edges, Path nodes) throws IOException {
        Objects.requireNonNull(edges, "edges");
        Objects.requireNonNull(nodes, "nodes");
        Columns nodeColumns = new Columns();
        for (String id : graph.nodes()) {
            checkText(id, "node ID");
            nodeColumns.add(graph.nodeAttributes(id));
        }
        Columns edgeColumns = edgeColumns(graph);
        Output.toFile(nodes, out -> writeNodes(graph, nodeColumns, out));
        Output.toFile(edges, out -> writeEdges(graph, edgeColumns, out));
    }

    private Columns checkEdgeTableAlone(Graph graph) {
        for (String id : graph.nodes()) {
            checkText(id, "node ID");
            boolean hasAttributes = !graph.nodeAttributes(id).isEmpty();
            if (hasAttributes || graph.degree(id) == 0) {
                throw Failures.csvNotAnEdgeTable(id, hasAttributes);
            }
        }
        return edgeColumns(graph);
    }

    private static Columns edgeColumns(Graph graph) {
        Columns columns = new Columns();
        for (Iterator<Edge> it = graph.edgeStream().iterator(); it.hasNext(); ) {
            columns.add(it.next().attributes());
        }
        return columns;
    }

    private void writeNodes(Graph graph, Columns columns, OutputStream out) throws IOException {
        Writer text = text(out);
        List<String> header = new ArrayList<>(List.of("id"));
        header.addAll(columns.headers());
        writeRow(text, header);
        String[] cells = new String[1 + columns.size()];
        for (String id : graph.nodes()) {
            cells[0] = id;
            columns.cells(graph.nodeAttributes(id), cells, 1);
            writeRow(text, cells);
        }
        text.flush();
    }

    private void writeEdges(Graph graph, Columns columns, OutputStream out) throws IOException {
        Writer text = text(out);
        List<String> header = new ArrayList<>(List.of("source", "target"));
        header.addAll(columns.headers());
        writeRow(text, header);
        String[] cells = new String[2 + columns.size()];
        for (Iterator<Edge> it = graph.edgeStream().iterator(); it.hasNext(); ) {
            Edge edge = it.next();
            cells[0] = edge.source();
            cells[1] = edge.target();
            columns.cells(edge.attributes(), cells, 2);
            writeRow(text, cells);
        }
        text.flush();
    }

    private static Writer text(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    private void writeRow(Writer text, List<String> cells) throws IOException {
        writeRow(text, cells.toArray(new String[0]));
    }

    /** One line; a null cell is an absent value, written as nothing. */
    private void writeRow(Writer text, String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.write(delimiter);
            }
            String cell = cells[i];
            if (cell == null) {
                continue;
            }
            if (CsvSyntax.needsQuotes(cell, delimiter, i == 0)) {
                text.write('"');
                text.write(cell.replace("\"", "\"\""));
                text.write('"');
            } else {
                text.write(cell);
            }
        }
        text.write('\n');
    }

    /** Refuses text UTF-8 cannot carry: an unpaired surrogate. */
    private static void checkText(String text, String what) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw Failures.csvUnpaired(what + " " + Failures.quote(text));
            }
        }
    }

    /** Checks every string inside a value, map keys included. */
    private static void checkValue(Object value, String key) {
        if (value instanceof String s) {
            checkText(s, "a value of key " + Failures.quote(key) + ",");
        } else if (value instanceof List<?> list) {
            for (Object element : list) {
                checkValue(element, key);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                checkValue(entry.getKey(), key);
                checkValue(entry.getValue(), key);
            }
        }
    }

    /**
     * The attribute columns of one table: keys in order of first appearance, each with the one type
     * that holds all its values ({@link ValueType#JSON} for nested or mixed values).
     */
    private static final class Columns {
        private final Map<String, ValueType> types = new LinkedHashMap<>();
        private String[] keys;
        private ValueType[] typeOf;

        void add(Map<String, Object> attributes) {
            for (Map.Entry<String, Object> entry : attributes.entrySet()) {
                String key = entry.getKey();
                Object value = entry.getValue();
                ValueType type = ValueType.of(value);
                ValueType known = types.get(key);
                if (known == null) {
                    checkText(key, "attribute key");
                    types.put(key, type);
                } else if (known != type) {
                    types.put(key, ValueType.JSON);
                }
                checkValue(value, key);
            }
            keys = null;
        }

        int size() {
            return types.size();
        }

        List<String> headers() {
            List<String> headers = new ArrayList<>(types.size());
            for (Map.Entry<String, ValueType> entry : types.entrySet()) {
                headers.add(entry.getKey() + ":" + entry.getValue().token());
            }
            return headers;
        }

        /** Puts the cells of {@code attributes} into {@code cells} from {@code offset} on. */
        void cells(Map<String, Object> attributes, String[] cells, int offset) {
            if (keys == null) {
                keys = types.keySet().toArray(new String[0]);
                typeOf = types.values().toArray(new ValueType[0]);
            }
            for (int j = 0; j < keys.length; j++) {
                Object value = attributes.get(keys[j]);
                cells[offset + j] = value == null ? null : ValueText.format(typeOf[j], value);
            }
        }
    }

    /** Options of a {@link CsvWriter}. */
    public static final class Builder {
        private char delimiter = ',';

        private Builder() {}

        /**
         * The field delimiter (default comma): an ASCII character other than a quote, CR, LF or
         * {@code #}, which {@link #build()} checks.
         */
        public Builder delimiter(char delimiter) {
            this.delimiter = delimiter;
            return this;
        }

        /** Tab-separated, with the same quoting. */
        public Builder tsv() {
            return delimiter('\t');
        }

        /**
         * The writer.
         *
         * @throws IllegalArgumentException if the delimiter is not allowed, naming it
         */
        public CsvWriter build() {
            CsvSyntax.check(delimiter, CsvSyntax.COMMENT);
            return new CsvWriter(this);
        }
    }
}
