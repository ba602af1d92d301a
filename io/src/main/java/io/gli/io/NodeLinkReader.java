package io.gli.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.gli.BulkLoad;
import io.gli.Graph;
import io.gli.GraphBuilder;
import java.io.IOException;
import java.util.Objects;

/**
 * Reads NetworkX's node-link JSON, as {@code json.dump(nx.node_link_data(G), f)} writes it, with
 * Jackson's streaming parser: never a tree of the whole file, memory bounded by one chunk of rows.
 *
 * <p>What is read: {@code "directed"} (sets a new graph's direction; absent, the builder's stays),
 * {@code "multigraph"}, {@code "nodes"} (objects with an {@code "id"} and attributes) and the edges
 * under {@code "edges"} (NetworkX 3.6 on) or {@code "links"} (before), objects with {@code
 * "source"}, {@code "target"} and attributes. Node IDs are JSON strings or integers, an integer
 * taken as its decimal text. Attribute values are any JSON value but null, lists and objects nested
 * natively (integers as Long, other numbers as Double, {@code NaN} and {@code Infinity} as Python
 * writes them). An edge may name a node that {@code "nodes"} lacks: the node is created, in order
 * of first appearance, as NetworkX does. {@code "graph"} (graph attributes, which a GLI graph has
 * none of) and unknown members are skipped. In a file declaring {@code "multigraph": true}, an
 * edge's {@code "key"} is skipped and a repeated edge is a parallel edge, refused (or skipped or
 * merged, as {@link Builder#onDuplicate} says): a GLI graph holds one edge per pair of nodes.
 *
 * <p>Members may come in any order; {@code "directed"} chooses a new graph's direction only when it
 * comes before the nodes and edges (as NetworkX writes it). When the edges come before the nodes, a
 * node object for a node an edge already created sets its attributes.
 *
 * <p>Errors are {@link GraphFormatException}s with the line and column Jackson reports: malformed
 * or truncated JSON, invalid UTF-8, a member of the wrong type, a node or edge object lacking its
 * ID or endpoints, a null value, an integer outside Long's range, a duplicate key, node or edge,
 * and anything over the {@link ReadLimits}.
 */
public final class NodeLinkReader extends InputReader {
    private final BulkLoad.OnDuplicate onDuplicate;
    private final ReadLimits limits;
    private final ProgressListener progress;
    private final JsonFactory factory;

    private NodeLinkReader(Builder builder) {
        this.onDuplicate = builder.onDuplicate;
        this.limits = builder.limits;
        this.progress = builder.progress;
        this.factory =
                JsonText.factory(limits)
                        .rebuild()
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        // correctly rounded like the JDK's, several times faster
                        .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
                        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                        .build();
    }

    /** A builder with the defaults: duplicates fail, {@link ReadLimits#DEFAULT}, no progress. */
    public static Builder builder() {
        return new Builder();
    }

    /** The reader with the defaults. */
    public static NodeLinkReader defaults() {
        return builder().build();
    }

    @Override
    Graph read(Input input, GraphBuilder target) throws IOException {
        try (JsonParser parser = openParser(input)) {
            NodeLinkLoad load = newLoad(parser, input);
            try {
                load.readHeader();
                Boolean directed = load.declaredDirected();
                if (directed != null) {
                    if (directed) {
                        target.directed();
                    } else {
                        target.undirected();
                    }
                }
                Graph graph = target.open();
                graph.bulkLoad(bulk -> load.readBody(bulk, graph.isDirected()));
                return graph;
            } catch (IOException e) {
                throw load.translate(e);
            }
        }
    }

    @Override
    void readInto(Input input, Graph graph) throws IOException {
        try (JsonParser parser = openParser(input)) {
            NodeLinkLoad load = newLoad(parser, input);
            try {
                graph.bulkLoad(
                        bulk -> {
                            load.readHeader();
                            load.readBody(bulk, graph.isDirected());
                        });
            } catch (IOException e) {
                throw load.translate(e);
            }
        }
    }

    private JsonParser openParser(Input input) throws IOException {
        try {
            return factory.createParser(input.stream());
        } catch (IOException e) {
            // the parser reads the first bytes to tell the encoding: a truncated gzip may end there
            throw Failures.reading(input.name(), 1, GraphFormatException.UNKNOWN, e);
        }
    }

    private NodeLinkLoad newLoad(JsonParser parser, Input input) {
        return new NodeLinkLoad(
                parser, input.name(), limits, onDuplicate, new Progress(progress, input));
    }

    /** Configures a {@link NodeLinkReader}. */
    public static final class Builder {
        private BulkLoad.OnDuplicate onDuplicate = BulkLoad.OnDuplicate.FAIL;
        private ReadLimits limits = ReadLimits.DEFAULT;
        private ProgressListener progress = ProgressListener.NONE;

        private Builder() {}

        /**
         * What a node or edge already in the graph or earlier in the file does: {@link
         * BulkLoad.OnDuplicate#FAIL} (the default: an error naming its line), skip or merge.
         */
        public Builder onDuplicate(BulkLoad.OnDuplicate onDuplicate) {
            this.onDuplicate = Objects.requireNonNull(onDuplicate, "onDuplicate");
            return this;
        }

        /** The bounds on nesting depth, string length and attributes per element. */
        public Builder limits(ReadLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** Told the bytes and rows (nodes and edges) read, every so often and at the end. */
        public Builder progress(ProgressListener progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        public NodeLinkReader build() {
            return new NodeLinkReader(this);
        }
    }
}
