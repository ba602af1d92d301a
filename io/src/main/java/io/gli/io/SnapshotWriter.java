package io.gli.io;

import io.gli.Edge;
import io.gli.Graph;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * Writes GLI's binary snapshot ({@code .gli}, layout in the README's "Binary snapshot"): the whole
 * graph in one versioned file with a CRC32C per block — direction, node IDs in node order, edges in
 * edge order as indices into the node list, and every node and edge attribute with its exact type
 * (nested lists and maps, -0.0, NaN payloads, any Java string including NUL and unpaired
 * surrogates). There is nothing a graph holds that a snapshot refuses.
 *
 * <p>Deterministic: keys in the order first met walking the nodes (edges) in order, each element's
 * values in that key order, no timestamps. Reads the graph through its public API: {@link
 * Graph#nodes()}, {@link Graph#edges()} and one {@link Graph#nodeColumn}/{@link Graph#edgeColumn}
 * per key; the graph must not be written meanwhile. Memory beyond the graph: a map from node ID to
 * index (about 50 bytes a node), the edge list, and one block's bytes. Immutable and thread-safe.
 */
public final class SnapshotWriter implements GraphWriter {
    private static final VarHandle INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private final int rowsPerBlock;

    private SnapshotWriter(Builder builder) {
        this.rowsPerBlock = builder.rowsPerBlock;
    }

    /** A writer with the default settings. */
    public static SnapshotWriter defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link SnapshotWriter}; the snapshot format has no options today. */
    public static final class Builder {
        private int rowsPerBlock = SnapshotLayout.ROWS_PER_BLOCK;

        private Builder() {}

        /** Rows per node and edge block: small values let tests make many blocks. */
        Builder rowsPerBlock(int rows) {
            if (rows <= 0) {
                throw new IllegalArgumentException("rowsPerBlock must be positive, got " + rows);
            }
            this.rowsPerBlock = rows;
            return this;
        }

        public SnapshotWriter build() {
            return new SnapshotWriter(this);
        }
    }

    @Override
    public void write(Graph graph, Path file) throws IOException {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(file, "file");
        Output.toFile(file, out -> write(graph, out));
    }

    @Override
    public void write(Graph graph, OutputStream out) throws IOException {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(out, "out");
        List<String> nodes = graph.nodes();
        List<Edge> edges = graph.edges();
        List<String> nodeKeys = nodeKeys(graph, nodes);
        List<String> edgeKeys = edgeKeys(edges);

        out.write(header(graph.options().directed(), nodes.size(), edges.size()));
        SnapshotBlockOutput block = new SnapshotBlockOutput();
        block.putVarint(nodeKeys.size());
        for (String key : nodeKeys) {
            block.putString(key);
        }
        block.putVarint(edgeKeys.size());
        for (String key : edgeKeys) {
            block.putString(key);
        }
        block.writeBlock(SnapshotLayout.KEYS, out);

        writeNodes(graph, nodes, nodeKeys, block, out);
        writeEdges(graph, nodes, edges, edgeKeys, block, out);

        block.clear();
        block.writeBlock(SnapshotLayout.END, out);
        out.flush();
    }

    private static byte[] header(boolean directed, int nodes, int edges) {
        byte[] header = new byte[SnapshotLayout.HEADER_BYTES];
        System.arraycopy(SnapshotLayout.MAGIC, 0, header, 0, SnapshotLayout.MAGIC.length);
        INT.set(header, 8, SnapshotLayout.VERSION);
        INT.set(header, 12, directed ? SnapshotLayout.FLAG_DIRECTED : 0);
        INT.set(header, 16, nodes);
        INT.set(header, 20, edges);
        CRC32C crc = new CRC32C();
        crc.update(header, 0, header.length - 4);
        INT.set(header, header.length - 4, (int) crc.getValue());
        return header;
    }

    /** The node keys in the order first met, walking the nodes in order. */
    private static List<String> nodeKeys(Graph graph, List<String> nodes) {
        Set<String> keys = new LinkedHashSet<>();
        for (String node : nodes) {
            keys.addAll(graph.nodeAttributes(node).keySet());
        }
        return new ArrayList<>(keys);
    }

    private static List<String> edgeKeys(List<Edge> edges) {
        Set<String> keys = new LinkedHashSet<>();
        for (Edge edge : edges) {
            keys.addAll(edge.attributes().keySet());
        }
        return new ArrayList<>(keys);
    }

    private void writeNodes(
            Graph graph,
            List<String> nodes,
            List<String> keys,
            SnapshotBlockOutput block,
            OutputStream out)
            throws IOException {
        List<io.gli.AttributeColumn> columns = new ArrayList<>(keys.size());
        for (String key : keys) {
            columns.add(graph.nodeColumn(key));
        }
        for (int from = 0; from < nodes.size(); from += rowsPerBlock) {
            int rows = Math.min(rowsPerBlock, nodes.size() - from);
            block.clear();
            block.putVarint(rows);
            for (int i = from; i < from + rows; i++) {
                block.putString(nodes.get(i));
            }
            for (io.gli.AttributeColumn column : columns) {
                SnapshotColumns.write(column, from, rows, block);
            }
            block.writeBlock(SnapshotLayout.NODES, out);
        }
    }

    private void writeEdges(
            Graph graph,
            List<String> nodes,
            List<Edge> edges,
            List<String> keys,
            SnapshotBlockOutput block,
            OutputStream out)
            throws IOException {
        Map<String, Integer> index = new HashMap<>(nodes.size() * 4 / 3 + 1);
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i), i);
        }
        List<io.gli.AttributeColumn> columns = new ArrayList<>(keys.size());
        for (String key : keys) {
            columns.add(graph.edgeColumn(key));
        }
        int[] sources = new int[Math.min(rowsPerBlock, edges.size())];
        int[] targets = new int[sources.length];
        String lastSource = null;
        int lastSourceIndex = -1;
        for (int from = 0; from < edges.size(); from += rowsPerBlock) {
            int rows = Math.min(rowsPerBlock, edges.size() - from);
            for (int i = 0; i < rows; i++) {
                Edge edge = edges.get(from + i);
                String source = edge.source();
                // edge lists often run by source: one string compare instead of a hash lookup
                if (!source.equals(lastSource)) {
                    lastSource = source;
                    lastSourceIndex = indexOf(index, source);
                }
                sources[i] = lastSourceIndex;
                targets[i] = indexOf(index, edge.target());
            }
            block.clear();
            block.putInt(rows);
            block.putInts(sources, rows);
            block.putInts(targets, rows);
            for (io.gli.AttributeColumn column : columns) {
                SnapshotColumns.write(column, from, rows, block);
            }
            block.writeBlock(SnapshotLayout.EDGES, out);
        }
    }

    private static int indexOf(Map<String, Integer> index, String node) {
        Integer at = index.get(node);
        if (at == null) {
            throw new IllegalStateException(
                    "edge endpoint "
                            + Failures.quote(node)
                            + " is not among the graph's nodes: was the graph written while the"
                            + " snapshot was taken?");
        }
        return at;
    }
}
