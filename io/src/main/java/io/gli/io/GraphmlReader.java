package io.gli.io;

import io.gli.BulkLoad;
import io.gli.Graph;
import io.gli.GraphBuilder;
import java.io.IOException;
import java.util.Objects;

/**
 * Reads GraphML (as NetworkX, Gephi, yEd and GLI's {@link GraphmlWriter} write it) with the JDK's
 * streaming StAX parser: never a DOM, memory of one chunk of rows beside the graph.
 *
 * <p>What is read: the {@code <key>} declarations for nodes, edges or all ({@code attr.type}
 * boolean, int and long as Long, float and double as Double, string; a {@code <default>} is the
 * value of every element that lacks the key; a string key marked {@code gli:type="json"} in the
 * namespace {@code https://gli.io/xmlns/graphml} holds JSON text, read back as the list, map or
 * value it encodes), the one {@code <graph>} with its {@code edgedefault} (and the counts of
 * GraphML's parse-info attributes {@code parse.nodes} and {@code parse.edges}, as size hints),
 * {@code <node id>}, {@code <edge source target>} and {@code <data key>}. Skipped: elements of
 * other namespaces (yEd's {@code <y:ShapeNode>} and the like), the data of keys with a {@code
 * yfiles.type} or declared for graphs, ports or the document, {@code <desc>}, edge ids. Refused
 * with a {@link GraphFormatException}: nested graphs, hyperedges, ports, locators, a second {@code
 * <graph>}, an edge whose {@code directed} attribute contradicts the graph's direction, and an edge
 * that names a node not declared before it.
 *
 * <p>Security: no DTD is read and any {@code DOCTYPE} is refused, no external entity is resolved,
 * so neither XXE nor entity expansion (billion laughs) can happen; element depth, attributes per
 * element and text length are held to the {@link ReadLimits}. The file must be UTF-8.
 *
 * <p>Immutable and safe to share; made by {@link #builder()}.
 */
public final class GraphmlReader extends InputReader {
    private final BulkLoad.OnDuplicate onDuplicate;
    private final ReadLimits limits;
    private final ProgressListener progress;

    private GraphmlReader(Builder builder) {
        this.onDuplicate = builder.onDuplicate;
        this.limits = builder.limits;
        this.progress = builder.progress;
    }

    /** A builder of readers: duplicates refused, {@link ReadLimits#DEFAULT}, no progress. */
    public static Builder builder() {
        return new Builder();
    }

    /** The reader with every default. */
    public static GraphmlReader defaults() {
        return builder().build();
    }

    @Override
    Graph read(Input input, GraphBuilder target) throws IOException {
        try (GraphmlParse parse = GraphmlParse.open(input, limits, onDuplicate, progress)) {
            parse.readHeader();
            if (parse.declaredDirected().isPresent()) {
                if (parse.declaredDirected().get()) {
                    target.directed();
                } else {
                    target.undirected();
                }
            }
            if (parse.announcedNodes() >= 0) {
                target.expectedNodes(parse.announcedNodes());
            }
            if (parse.announcedEdges() >= 0) {
                target.expectedEdges(parse.announcedEdges());
            }
            Graph graph = target.open();
            boolean directed = graph.options().directed();
            graph.<IOException>bulkLoad(load -> parse.readGraph(load, directed));
            return graph;
        }
    }

    @Override
    void readInto(Input input, Graph graph) throws IOException {
        boolean directed = graph.options().directed();
        try (GraphmlParse parse = GraphmlParse.open(input, limits, onDuplicate, progress)) {
            parse.readHeader();
            if (parse.declaredDirected().isPresent()
                    && parse.declaredDirected().get() != directed) {
                throw parse.directionMismatch(parse.declaredDirected().get(), directed);
            }
            graph.<IOException>bulkLoad(
                    load -> {
                        load.expect(
                                Math.max(0, parse.announcedNodes()),
                                Math.max(0, parse.announcedEdges()));
                        parse.readGraph(load, directed);
                    });
        }
    }

    /** Configures a {@link GraphmlReader}; not thread-safe, reusable. */
    public static final class Builder {
        private BulkLoad.OnDuplicate onDuplicate = BulkLoad.OnDuplicate.FAIL;
        private ReadLimits limits = ReadLimits.DEFAULT;
        private ProgressListener progress = (bytes, rows) -> {};

        private Builder() {}

        /**
         * What a node or edge that is already there (in the graph, or earlier in the file) does:
         * {@link BulkLoad.OnDuplicate#FAIL} (the default) refuses the file naming the line.
         */
        public Builder onDuplicate(BulkLoad.OnDuplicate onDuplicate) {
            this.onDuplicate = Objects.requireNonNull(onDuplicate, "onDuplicate");
            return this;
        }

        /** The bounds on depth, text length and attribute counts. */
        public Builder limits(ReadLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** Who hears of the bytes and rows (nodes and edges) read, now and then and at the end. */
        public Builder progress(ProgressListener progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        public GraphmlReader build() {
            return new GraphmlReader(this);
        }
    }
}
