package io.gli.io;

import io.gli.AttributeColumn;
import io.gli.Edge;
import io.gli.Graph;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * Writes GLI's binary snapshot ({@code .gli}): the whole graph in one versioned file with a CRC32C
 * per block — direction, node IDs in node order, edges in edge order as indices into the node list,
 * and every node and edge attribute with its exact type (nested lists and maps, -0.0, NaN payloads,
 * any Java string including NUL and unpaired surrogates). There is nothing a graph holds that a
 * snapshot refuses.
 *
 * <p>Layout (the README's "Binary snapshot" gives every byte): a 28-byte header (magic {@code 89 47
 * 4C 49 0D 0A 1A 0A}, version, flags with the direction, node and edge counts, CRC32C); then blocks
 * framed as type, length, payload, CRC32C: the attribute keys; node blocks of up to 2<sup>20</sup>
 * IDs with their attribute columns; edge blocks of up to 2<sup>20</sup> edges as two little-endian
 * int32 arrays of node indices with their columns; an end block. Sizes: 8 bytes an edge; a node 1
 * byte plus its ID's chars (1 byte a char if all are at most U+00FF, else 2); attributes per column
 * and block 2 bytes and, unless every row has the key, a bit a row, then 8 bytes a long or double,
 * a bit a boolean, a string as an ID, and tagged values (mixed types, lists, maps) a tag byte more
 * each.
 *
 * <p>Deterministic: keys in the order first met walking the nodes (edges) in order, each element's
 * values in that key order, no timestamps. Reads the graph through its public API: {@link
 * Graph#nodes()}, {@link Graph#edges()} and one {@link Graph#nodeColumn}/{@link Graph#edgeColumn}
 * per key; the graph must not be written meanwhile. Memory beyond the graph: a table from node ID
 * to position (about 24 bytes a node), the edge list, and one block's bytes. Immutable and
 * thread-safe.
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
        List<AttributeColumn> columns = new ArrayList<>(keys.size());
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
            for (AttributeColumn column : columns) {
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
        NodePositions index = new NodePositions(nodes);
        List<AttributeColumn> columns = new ArrayList<>(keys.size());
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
            for (AttributeColumn column : columns) {
                SnapshotColumns.write(column, from, rows, block);
            }
            block.writeBlock(SnapshotLayout.EDGES, out);
        }
    }

    private static int indexOf(NodePositions index, String node) {
        int at = index.indexOf(node);
        if (at < 0) {
            throw new IllegalStateException(
                    "edge endpoint "
                            + Failures.quote(node)
                            + " is not among the graph's nodes: was the graph written while the"
                            + " snapshot was taken?");
        }
        return at;
    }
}
