package io.gli.io;

import io.gli.BatchException;
import io.gli.BulkLoad;
import io.gli.Graph;
import io.gli.GraphBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads GLI's binary snapshot ({@code .gli}, as {@link SnapshotWriter} writes it; gzip-compressed
 * or not): the graph exactly as it was written, direction, orders and attribute types included.
 *
 * <p>Checks, before anything is loaded from them: the magic bytes, the version (a newer one is
 * refused, naming both), the header's checksum, and each block's CRC32C; every count, length and
 * node index is checked against the bytes that hold it and against the {@link ReadLimits}, and, for
 * a plain file, the header's counts and each block's length against the file's size, so a corrupt
 * count fails at once instead of allocating. Any problem is a {@link GraphFormatException} whose
 * {@link GraphFormatException#line() line} is the byte offset into the snapshot's (uncompressed)
 * bytes where it was found (a refused row: its block's offset), and no graph is returned or
 * changed.
 *
 * <p>Loads through one {@link Graph#bulkLoad}: the sizes the header announces are passed on once,
 * then each node block is one {@link BulkLoad#addNodes} call and each edge block one index-form
 * {@link BulkLoad#addEdges(List, int[], int[], int, Map, BulkLoad.OnDuplicate)} call, duplicates
 * failing. Memory beyond the graph: the file's node IDs (one list, which the index form needs) and
 * one block. Progress is reported after each block. Immutable and thread-safe.
 */
public final class SnapshotReader implements GraphReader {
    /** The most a stream of unknown size may have the store reserve for, before it proves it. */
    private static final int UNVOUCHED_HINT = 1 << 20;

    private final ReadLimits limits;
    private final ProgressListener progress;

    private SnapshotReader(Builder builder) {
        this.limits = builder.limits;
        this.progress = builder.progress;
    }

    /** A reader with the default limits and no progress listener. */
    public static SnapshotReader defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link SnapshotReader}. */
    public static final class Builder {
        private ReadLimits limits = ReadLimits.DEFAULT;
        private ProgressListener progress = (bytes, rows) -> {};

        private Builder() {}

        /**
         * The bounds the file is held to: string length (IDs, keys, values), nesting depth and map
         * size of values, and attribute keys per element kind.
         */
        public Builder limits(ReadLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** Told the bytes read and the rows (nodes plus edges) loaded, after each block. */
        public Builder progress(ProgressListener listener) {
            this.progress = Objects.requireNonNull(listener, "listener");
            return this;
        }

        public SnapshotReader build() {
            return new SnapshotReader(this);
        }
    }

    @Override
    public Graph read(Path file, GraphBuilder target) throws IOException {
        Objects.requireNonNull(target, "target");
        SizeBound size = sizeBound(file);
        try (Input input = Input.open(file)) {
            return read(blocks(input, size.maxSize, size.exact), input, target);
        }
    }

    @Override
    public void readInto(Path file, Graph graph) throws IOException {
        Objects.requireNonNull(graph, "graph");
        SizeBound size = sizeBound(file);
        try (Input input = Input.open(file)) {
            readInto(blocks(input, size.maxSize, size.exact), input, graph);
        }
    }

    @Override
    public Graph read(InputStream in, String name, GraphBuilder target) throws IOException {
        Objects.requireNonNull(target, "target");
        try (Input input = Input.of(in, name)) {
            return read(blocks(input, SnapshotBlockInput.UNKNOWN_SIZE, false), input, target);
        }
    }

    @Override
    public void readInto(InputStream in, String name, Graph graph) throws IOException {
        Objects.requireNonNull(graph, "graph");
        try (Input input = Input.of(in, name)) {
            readInto(blocks(input, SnapshotBlockInput.UNKNOWN_SIZE, false), input, graph);
        }
    }

    private SnapshotBlockInput blocks(Input input, long maxSize, boolean exact) {
        return new SnapshotBlockInput(input.stream(), input.name(), maxSize, exact, limits);
    }

    /** The most bytes a snapshot can have, and whether that is its exact size. */
    private record SizeBound(long maxSize, boolean exact) {}

    /** The size of a plain file; for a gzip file a bound (DEFLATE expands at most 1032-fold). */
    private static SizeBound sizeBound(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer first = ByteBuffer.allocate(2);
            while (first.hasRemaining() && channel.read(first) >= 0) {
                // a short read is retried until the two bytes are there or the file ends
            }
            boolean gzip =
                    first.position() == 2 && first.get(0) == 0x1f && first.get(1) == (byte) 0x8b;
            long size = channel.size();
            if (!gzip) {
                return new SizeBound(size, true);
            }
            long limit = SnapshotBlockInput.UNKNOWN_SIZE / SnapshotBlockInput.GZIP_MAX_RATIO;
            return new SizeBound(Math.min(limit, size) * SnapshotBlockInput.GZIP_MAX_RATIO, false);
        }
    }

    private Graph read(SnapshotBlockInput in, Input input, GraphBuilder target) throws IOException {
        Load load = new Load(in);
        Header header = load.header();
        if (header.directed) {
            target.directed();
        } else {
            target.undirected();
        }
        Graph graph =
                target.expectedNodes(load.hint(header.nodes))
                        .expectedEdges(load.hint(header.edges))
                        .open();
        graph.bulkLoad(bulk -> load.body(bulk, input));
        return graph;
    }

    private void readInto(SnapshotBlockInput in, Input input, Graph graph) throws IOException {
        Load load = new Load(in);
        Header header = load.header();
        if (header.directed != graph.options().directed()) {
            throw Failures.snapshotMalformed(
                    input.name(),
                    12,
                    "the snapshot holds a "
                            + (header.directed ? "directed" : "undirected")
                            + " graph, but the graph read into is "
                            + (graph.options().directed() ? "directed" : "undirected")
                            + " (expected a snapshot of the same direction)");
        }
        graph.bulkLoad(bulk -> load.body(bulk, input));
    }

    private record Header(boolean directed, int nodes, int edges) {}

    /** One read: the header's counts, then the blocks, into one bulk load. */
    private final class Load {
        private final SnapshotBlockInput in;
        private Header header;

        Load(SnapshotBlockInput in) {
            this.in = in;
        }

        Header header() throws IOException {
            in.readHeader();
            int flags = in.headerInt(12);
            if ((flags & ~SnapshotLayout.FLAG_DIRECTED) != 0) {
                throw Failures.snapshotMalformed(
                        in.source(),
                        12,
                        "unknown flags "
                                + Integer.toHexString(flags)
                                + " in the header (expected only bit 0, directed)");
            }
            int nodes = in.headerInt(16);
            int edges = in.headerInt(20);
            if (nodes < 0 || edges < 0) {
                throw Failures.snapshotMalformed(
                        in.source(),
                        nodes < 0 ? 16 : 20,
                        "the header announces "
                                + Integer.toUnsignedString(nodes)
                                + " nodes and "
                                + Integer.toUnsignedString(edges)
                                + " edges, expected counts below 2^31");
            }
            // each node takes at least one byte (its ID's length), each edge eight (two indices)
            if (nodes + 8L * edges > in.maxSize() - SnapshotLayout.HEADER_BYTES) {
                throw Failures.snapshotMalformed(
                        in.source(),
                        16,
                        "the header announces "
                                + nodes
                                + " nodes and "
                                + edges
                                + " edges, more than "
                                + in.maxSize()
                                + " bytes can hold (at least 1 byte a node and 8 an edge; the"
                                + " file's size allows at most that many): truncated or corrupt?");
            }
            header = new Header((flags & SnapshotLayout.FLAG_DIRECTED) != 0, nodes, edges);
            return header;
        }

        /**
         * The size to announce for a count the header gives: all of it where the file's size has
         * vouched for it, else no more than a first step, so a lying stream cannot make the store
         * reserve for two billion nodes.
         */
        long hint(int count) {
            return in.maxSize() == SnapshotBlockInput.UNKNOWN_SIZE
                    ? Math.min(count, UNVOUCHED_HINT)
                    : count;
        }

        void body(BulkLoad load, Input input) throws IOException {
            load.expect(hint(header.nodes), hint(header.edges));
            in.nextBlock(SnapshotLayout.KEYS);
            List<String> nodeKeys = keys("node keys");
            List<String> edgeKeys = keys("edge keys");
            in.expectPayloadEnd();

            List<String> ids = new ArrayList<>((int) Math.min(hint(header.nodes), header.nodes));
            long rows = 0;
            while (ids.size() < header.nodes) {
                in.nextBlock(SnapshotLayout.NODES);
                int count = rowCount(in.count("nodes", 1), header.nodes - ids.size(), "nodes");
                int first = ids.size();
                for (int i = 0; i < count; i++) {
                    ids.add(in.string("a node ID"));
                }
                Map<String, SnapshotColumn> columns = columns(nodeKeys, count);
                in.expectPayloadEnd();
                try {
                    load.addNodes(
                            ids.subList(first, first + count), columns, BulkLoad.OnDuplicate.FAIL);
                } catch (BatchException e) {
                    throw Failures.refusedRow(
                            in.source(), in.blockOffset(), GraphFormatException.UNKNOWN, e);
                }
                rows += count;
                progress.progress(input.bytesRead(), rows);
            }

            int edgesRead = 0;
            int[] sources = new int[0];
            int[] targets = new int[0];
            while (edgesRead < header.edges) {
                in.nextBlock(SnapshotLayout.EDGES);
                long countAt = in.position();
                int announced = in.int32("the row count");
                if (announced < 1 || 8L * announced > in.remaining()) {
                    throw Failures.snapshotMalformed(
                            in.source(),
                            countAt,
                            "the edge block announces "
                                    + Integer.toUnsignedString(announced)
                                    + " edges, expected 1 to "
                                    + in.remaining() / 8
                                    + " (what its bytes can hold)");
                }
                int count = rowCount(announced, header.edges - edgesRead, "edges");
                if (sources.length < count) {
                    sources = new int[count];
                    targets = new int[count];
                }
                long indicesAt = in.position();
                in.ints(sources, count, "the source indices");
                in.ints(targets, count, "the target indices");
                checkIndices(sources, count, ids.size(), indicesAt);
                checkIndices(targets, count, ids.size(), indicesAt + 4L * count);
                Map<String, SnapshotColumn> columns = columns(edgeKeys, count);
                in.expectPayloadEnd();
                try {
                    load.addEdges(ids, sources, targets, count, columns, BulkLoad.OnDuplicate.FAIL);
                } catch (BatchException e) {
                    throw Failures.refusedRow(
                            in.source(), in.blockOffset(), GraphFormatException.UNKNOWN, e);
                }
                edgesRead += count;
                rows += count;
                progress.progress(input.bytesRead(), rows);
            }

            in.nextBlock(SnapshotLayout.END);
            in.expectPayloadEnd();
            in.expectEnd();
            progress.progress(input.bytesRead(), rows);
        }

        private List<String> keys(String what) throws GraphFormatException {
            long at = in.position();
            int count = in.count(what, 1);
            if (count > in.limits().maxAttributes()) {
                throw Failures.snapshotMalformed(
                        in.source(),
                        at,
                        "the snapshot declares "
                                + count
                                + " "
                                + what
                                + ", over the limit of "
                                + in.limits().maxAttributes()
                                + " (ReadLimits.maxAttributes)");
            }
            List<String> keys = new ArrayList<>(count);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < count; i++) {
                long keyAt = in.position();
                String key = in.string("an attribute key");
                if (key.isEmpty() || !seen.add(key)) {
                    throw Failures.snapshotMalformed(
                            in.source(),
                            keyAt,
                            (key.isEmpty()
                                            ? "an empty key"
                                            : "key " + Failures.quote(key) + " twice")
                                    + " among the "
                                    + what
                                    + " (expected distinct, non-empty keys)");
                }
                keys.add(key);
            }
            return keys;
        }

        private int rowCount(int announced, int left, String what) throws GraphFormatException {
            if (announced < 1 || announced > left) {
                throw Failures.snapshotMalformed(
                        in.source(),
                        in.blockOffset() + SnapshotLayout.BLOCK_HEAD_BYTES,
                        "the block announces "
                                + announced
                                + " "
                                + what
                                + ", expected 1 to the "
                                + left
                                + " the header's count leaves");
            }
            return announced;
        }

        private Map<String, SnapshotColumn> columns(List<String> keys, int rows)
                throws GraphFormatException {
            Map<String, SnapshotColumn> columns = new LinkedHashMap<>();
            for (String key : keys) {
                SnapshotColumn column = SnapshotColumns.read(in, rows, key);
                if (column != null) {
                    columns.put(key, column);
                }
            }
            return columns;
        }

        private void checkIndices(int[] indices, int count, int nodes, long offset)
                throws GraphFormatException {
            for (int i = 0; i < count; i++) {
                int v = indices[i];
                if (v < 0 || v >= nodes) {
                    throw Failures.snapshotMalformed(
                            in.source(),
                            offset + 4L * i,
                            "edge "
                                    + i
                                    + " of the block names node index "
                                    + v
                                    + ", expected 0 to "
                                    + (nodes - 1)
                                    + " (the file's "
                                    + nodes
                                    + " nodes)");
                }
            }
        }
    }
}
