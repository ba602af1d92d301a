package io.gli.bench;

import io.gli.Graph;
import io.gli.Topology;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A GLI backend running io.gli.algo on a snapshot of its graph: the graph is built once per fork
 * with one bulk {@code addNodes} and one bulk {@code addEdges} (weights as the edge attribute
 * {@value #WEIGHT}), and the snapshot ({@code graph.topology()}, or {@code topology("w")} where the
 * row needs weights) is taken once, outside the measurement; {@link #snapshot()} measures taking
 * it.
 */
final class GliAlgorithmSubject implements AlgorithmSubject {
    static final String WEIGHT = "w";

    /** What an algorithm family not yet on the class path reports. */
    static final String NOT_BUILT_REASON = "not built";

    /**
     * The algorithm rows whose io.gli.algo family is not on this branch yet: not run, shown as "n/a
     * (not built)".
     */
    static final Set<Operation> NOT_BUILT =
            EnumSet.of(
                    Operation.BFS,
                    Operation.DIJKSTRA,
                    Operation.WEAK_COMPONENTS,
                    Operation.STRONG_COMPONENTS,
                    Operation.CONNECTED_COMPONENTS,
                    Operation.PAGE_RANK,
                    Operation.PAGE_RANK_ALL_CORES,
                    Operation.CLUSTERING,
                    Operation.CLUSTERING_ALL_CORES,
                    Operation.CORE_NUMBERS,
                    Operation.LABEL_PROPAGATION,
                    Operation.SPANNING_FOREST,
                    Operation.BETWEENNESS,
                    Operation.BETWEENNESS_ALL_CORES);

    private final Graph graph;
    private final String weightKey;
    private final Topology topology;
    private final String hub;
    private final String probe;

    GliAlgorithmSubject(String backend, GeneratedGraph drawn, Form form) {
        GeneratedGraph edges = form.edgesOf(drawn);
        int n = edges.nodeCount();
        int m = edges.edgeCount();
        var builder =
                Graph.builder()
                        .backend(Subjects.DEFAULT.equals(backend) ? null : backend)
                        .expectedNodes(n)
                        .expectedEdges(m);
        graph = (form.directed ? builder.directed() : builder.undirected()).open();
        String[] ids = Workload.nodeIds(n);
        graph.addNodes(Arrays.asList(ids));
        String[] sources = new String[m];
        String[] targets = new String[m];
        Double[] weights = new Double[m];
        for (int i = 0; i < m; i++) {
            sources[i] = ids[edges.source(i)];
            targets[i] = ids[edges.target(i)];
            weights[i] = edges.weight(i);
        }
        graph.addEdges(
                Arrays.asList(sources),
                Arrays.asList(targets),
                form.weighted ? Map.of(WEIGHT, Arrays.asList(weights)) : Map.<String, List<?>>of());
        weightKey = form.weighted ? WEIGHT : null;
        topology = snapshot();
        hub = ids[drawn.hub()];
        probe = ids[drawn.probe()];
    }

    /** Takes a new snapshot of the graph, with weights if the form has them. */
    Topology snapshot() {
        return weightKey == null ? graph.topology() : graph.topology(weightKey);
    }

    Topology topology() {
        return topology;
    }

    @Override
    public long bfs() {
        throw new UnsupportedOperationException(NOT_BUILT_REASON);
    }

    @Override
    public double dijkstra() {
        throw new UnsupportedOperationException(NOT_BUILT_REASON);
    }

    @Override
    public int weakComponents() {
        throw new UnsupportedOperationException(NOT_BUILT_REASON);
    }

    @Override
    public int strongComponents() {
        throw new UnsupportedOperationException(NOT_BUILT_REASON);
    }

    @Override
    public int connectedComponents() {
        throw new UnsupportedOperationException(NOT_BUILT_REASON);
    }

    @Override
    public double pageRank(int threads) {
        throw new UnsupportedOperationException(NOT_BUILT_REASON);
    }

    @Override
    public double averageClustering(int threads) {
        throw new UnsupportedOperationException(NOT_BUILT_REASON);
    }

    @Override
    public int degeneracy() {
        throw new UnsupportedOperationException(NOT_BUILT_REASON);
    }

    @Override
    public int labelPropagation() {
        throw new UnsupportedOperationException(NOT_BUILT_REASON);
    }

    @Override
    public double minimumSpanningForest() {
        throw new UnsupportedOperationException(NOT_BUILT_REASON);
    }

    @Override
    public double betweenness(int threads) {
        throw new UnsupportedOperationException(NOT_BUILT_REASON);
    }
}
