package io.gli.bench;

import io.gli.Graph;
import io.gli.GraphBuilder;
import io.gli.io.CsvReader;
import io.gli.io.CsvWriter;
import io.gli.io.DotWriter;
import io.gli.io.GraphReader;
import io.gli.io.GraphWriter;
import io.gli.io.GraphmlReader;
import io.gli.io.GraphmlWriter;
import io.gli.io.NodeLinkReader;
import io.gli.io.NodeLinkWriter;
import io.gli.io.SnapshotReader;
import io.gli.io.SnapshotWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A GLI backend reading and writing with io.gli.io, as the module's README shows: a reader's
 * defaults into a new directed graph opened from {@code Graph.builder().backend(name)} (no size
 * hints: a text file announces none; the snapshot announces its own), a writer's defaults to a
 * path. The graph {@link #write} writes is built by one bulk {@code addNodes} and one bulk {@code
 * addEdges}, the weight as the edge attribute {@value LoadingData#WEIGHT}.
 */
final class GliLoadingSubject implements LoadingSubject {
    /** What a row whose reader or writer is not on the class path yet reports. */
    static final String NOT_BUILT_REASON = "not built";

    /**
     * The read and write rows whose io.gli.io reader or writer is not on the class path yet: not
     * run, shown as "n/a (not built)". Every format is built.
     */
    static final Set<Operation> NOT_BUILT = EnumSet.noneOf(Operation.class);

    private final String backend;
    private Graph held;

    GliLoadingSubject(String backend) {
        this.backend = backend;
    }

    /** The builder a reader opens its new graph from: the backend, directed, nothing else. */
    private GraphBuilder target() {
        return Graph.builder()
                .backend(Subjects.DEFAULT.equals(backend) ? null : backend)
                .directed();
    }

    /**
     * Builds {@code data} on {@code backend} with one bulk call for the nodes, one for the edges.
     */
    static Graph build(String backend, LoadingData data) {
        Graph graph =
                Graph.builder()
                        .backend(Subjects.DEFAULT.equals(backend) ? null : backend)
                        .directed()
                        .expectedNodes(data.nodeCount())
                        .expectedEdges(data.edgeCount())
                        .open();
        graph.addNodes(data.nodeIds());
        graph.addEdges(
                data.sourceIds(), data.targetIds(), Map.of(LoadingData.WEIGHT, data.weights()));
        return graph;
    }

    @Override
    public Object read(LoadingFormat format, Path file) throws IOException {
        GraphReader reader =
                switch (format) {
                    case CSV, CSV_GZIP -> CsvReader.defaults();
                    case GRAPHML -> GraphmlReader.defaults();
                    case NODE_LINK -> NodeLinkReader.defaults();
                    case SNAPSHOT -> SnapshotReader.defaults();
                    case DOT -> throw new UnsupportedOperationException("GLI has no DOT reader");
                };
        return reader.read(file, target());
    }

    @Override
    public void hold(LoadingData data) {
        held = build(backend, data);
    }

    /** The held graph, for writing the data files. */
    Graph held() {
        return held;
    }

    @Override
    public void write(LoadingFormat format, Path file) throws IOException {
        if (held == null) {
            throw new IllegalStateException("no graph held to write " + format);
        }
        GraphWriter writer =
                switch (format) {
                    case CSV, CSV_GZIP -> CsvWriter.defaults();
                    case GRAPHML -> GraphmlWriter.defaults();
                    case NODE_LINK -> NodeLinkWriter.defaults();
                    case DOT -> DotWriter.defaults();
                    case SNAPSHOT -> SnapshotWriter.defaults();
                };
        writer.write(held, file);
    }
}
