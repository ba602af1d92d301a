package io.gli.bench;

import io.gli.Graph;
import io.gli.Topology;
import io.gli.algo.Betweenness;
import io.gli.algo.Clustering;
import io.gli.algo.Communities;
import io.gli.algo.Components;
import io.gli.algo.Cores;
import io.gli.algo.Direction;
import io.gli.algo.PageRank;
import io.gli.algo.ShortestPaths;
import io.gli.algo.SpanningForest;
import io.gli.algo.Traversal;
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
     * The algorithm rows whose io.gli.algo family is not on the class path yet: not run, shown as
     * "n/a (not built)". Every family is built.
     */
    static final Set<Operation> NOT_BUILT = EnumSet.noneOf(Operation.class);

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
        Double[] weights = new Double[form.weighted ? m : 0];
        for (int i = 0; i < m; i++) {
            sources[i] = ids[edges.source(i)];
            targets[i] = ids[edges.target(i)];
            if (form.weighted) {
                weights[i] = edges.weight(i);
            }
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

    @Override
    public long bfs() {
        return Traversal.bfs(topology, hub, Direction.OUT).reachedCount();
    }

    @Override
    public double dijkstra() {
        return ShortestPaths.dijkstra(topology, hub).distanceTo(probe);
    }

    @Override
    public int weakComponents() {
        return Components.weak(topology).count();
    }

    @Override
    public int strongComponents() {
        return Components.strong(topology).count();
    }

    @Override
    public int connectedComponents() {
        return Components.connected(topology).count();
    }

    @Override
    public double pageRank(int threads) {
        // A tolerance of zero runs exactly the fixed iterations.
        return PageRank.builder()
                .damping(DAMPING)
                .maxIterations(PAGE_RANK_ITERATIONS)
                .tolerance(0)
                .threads(threads)
                .run(topology)
                .ranks()
                .get(hub);
    }

    @Override
    public double averageClustering(int threads) {
        return Clustering.average(topology, threads);
    }

    @Override
    public int degeneracy() {
        int largest = 0;
        for (int core : Cores.coreNumbers(topology).toArray()) {
            largest = Math.max(largest, core);
        }
        return largest;
    }

    @Override
    public int labelPropagation() {
        return Communities.labelPropagation(topology, LABEL_PROPAGATION_ITERATIONS).count();
    }

    @Override
    public double minimumSpanningForest() {
        return SpanningForest.minimum(topology).totalWeight();
    }

    @Override
    public double betweenness(int threads) {
        double largest = 0;
        for (double score :
                Betweenness.sampled(topology, BETWEENNESS_SAMPLES, BETWEENNESS_SEED, true, threads)
                        .toArray()) {
            largest = Math.max(largest, score);
        }
        return largest;
    }
}
