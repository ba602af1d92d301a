package io.gli.bench;

import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.alg.scoring.Coreness;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.alg.spanning.KruskalMinimumSpanningTree;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * JGraphT's own implementations on its own graph, as its users write them: Integer vertices {@code
 * 0 .. n-1}, {@link DefaultEdge} (or {@link DefaultWeightedEdge} with the weights set where the row
 * needs them), a directed or a simple undirected graph. Single-threaded: JGraphT's algorithms take
 * no thread count, so {@code threads} is ignored. Betweenness is not run: JGraphT 1.5.3 has only
 * the exact one, a search from every node.
 */
final class JGraphTAlgorithmSubject implements AlgorithmSubject {
    /**
     * The algorithm rows the report does not run on JGraphT, and why, as the table says:
     * betweenness, which it has only exact; clustering, which tests every pair of a node's
     * neighbours for an edge (an RMAT graph of 2^17 nodes and a million edges, whose hubs have
     * thousands of neighbours, had not finished one call after four minutes).
     */
    static final Map<Operation, String> NOT_RUN =
            Map.of(Operation.BETWEENNESS, "too slow", Operation.CLUSTERING, "too slow");

    private final Graph<Integer, ?> graph;
    private final Integer hub;
    private final Integer probe;

    JGraphTAlgorithmSubject(GeneratedGraph drawn, Form form) {
        GeneratedGraph edges = form.edgesOf(drawn);
        this.hub = drawn.hub();
        this.probe = drawn.probe();
        if (form.weighted) {
            Graph<Integer, DefaultWeightedEdge> weighted =
                    form.directed
                            ? new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class)
                            : new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
            addNodes(weighted, edges.nodeCount());
            for (int i = 0; i < edges.edgeCount(); i++) {
                DefaultWeightedEdge edge = weighted.addEdge(edges.source(i), edges.target(i));
                weighted.setEdgeWeight(edge, edges.weight(i));
            }
            graph = weighted;
        } else {
            Graph<Integer, DefaultEdge> plain =
                    form.directed
                            ? new DefaultDirectedGraph<>(DefaultEdge.class)
                            : new SimpleGraph<>(DefaultEdge.class);
            addNodes(plain, edges.nodeCount());
            for (int i = 0; i < edges.edgeCount(); i++) {
                plain.addEdge(edges.source(i), edges.target(i));
            }
            graph = plain;
        }
    }

    private static void addNodes(Graph<Integer, ?> graph, int n) {
        for (int v = 0; v < n; v++) {
            graph.addVertex(v);
        }
    }

    @Override
    public long bfs() {
        long reached = 0;
        var search = new BreadthFirstIterator<>(graph, hub);
        while (search.hasNext()) {
            search.next();
            reached++;
        }
        return reached;
    }

    @Override
    public double dijkstra() {
        return new DijkstraShortestPath<>(graph).getPaths(hub).getWeight(probe);
    }

    @Override
    public int weakComponents() {
        return new ConnectivityInspector<>(graph).connectedSets().size();
    }

    @Override
    public int strongComponents() {
        return new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets().size();
    }

    @Override
    public int connectedComponents() {
        return new ConnectivityInspector<>(graph).connectedSets().size();
    }

    @Override
    public double pageRank(int threads) {
        // The smallest tolerance JGraphT takes (it refuses zero): it stops only after the fixed
        // iterations, as GLI does.
        return new PageRank<>(graph, DAMPING, PAGE_RANK_ITERATIONS, Double.MIN_VALUE)
                .getVertexScore(hub);
    }

    @Override
    public double averageClustering(int threads) {
        return new ClusteringCoefficient<>(graph).getAverageClusteringCoefficient();
    }

    @Override
    public int degeneracy() {
        return new Coreness<>(graph).getDegeneracy();
    }

    @Override
    public int labelPropagation() {
        return new LabelPropagationClustering<>(
                        graph, LABEL_PROPAGATION_ITERATIONS, new Random(Workload.SEED))
                .getClustering()
                .getNumberClusters();
    }

    @Override
    public double minimumSpanningForest() {
        return new KruskalMinimumSpanningTree<>(graph).getSpanningTree().getWeight();
    }

    @Override
    public double betweenness(int threads) {
        throw new UnsupportedOperationException(
                "JGraphT 1.5.3 has no sampled betweenness; its exact one searches from every node");
    }
}
