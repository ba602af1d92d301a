package io.gli.examples;

import io.gli.Graph;
import io.gli.GraphBuilder;
import io.gli.MemoryProfile;
import io.gli.spi.GraphBackend;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The guide's "Graph Size Optimization": choosing how to open a graph from the number of nodes it
 * will hold, and pre-allocating for that size.
 *
 * <p>No backend is named: the expected sizes choose it (the root README, "How a backend is
 * chosen"). Each backend bids a priority for a graph of those sizes; {@code simple} bids above
 * {@code optimized} for graphs expected to stay at most 10,000 nodes and 50,000 edges, which it
 * builds about three times faster, and {@code optimized} takes every larger graph, which it builds
 * faster and holds in about a tenth of the memory. The same expected counts (edges twice the nodes,
 * as in the guide) pre-allocate the backend's arrays and tables. Both decisions are in {@link
 * #builderFor}, the one place to change.
 *
 * <p>Prints, for each size, the backend chosen and the bids, the options the graph reports, and its
 * memory once filled with the nodes and about twice as many edges:
 *
 * <pre>
 * 50,000 nodes (medium): optimized, the highest bid for 50,000 nodes and 100,000 edges (optimized 100, simple 10)
 *   options: GraphOptions[backend=optimized, directed=true, expectedNodes=50000, expectedEdges=100000]
 *   filled: 50,000 nodes, 99,997 edges, 24.1 B per node, 17.8 B per edge
 * </pre>
 *
 * Run with a node count as the only argument; without one it shows one size from each of the
 * guide's tiers (500, 50,000 and 1,000,000).
 */
public final class SizeTuning {
    private SizeTuning() {}

    /** The guide's tiers: below 1,000 nodes a graph is small, below 100,000 medium, else large. */
    static final long SMALL_BELOW = 1_000;

    static final long MEDIUM_BELOW = 100_000;

    /**
     * The graph the example opened and why it got its backend.
     *
     * @param graph the graph opened, filled with the nodes and edges
     * @param tier small, medium or large, by the guide's thresholds
     * @param reason why the graph got its backend
     * @param profile its memory once filled
     */
    public record Result(Graph graph, String tier, String reason, MemoryProfile profile) {}

    public static void main(String[] args) {
        List<Integer> sizes =
                args.length > 0
                        ? List.of(Arguments.size(args, 0))
                        : List.of(500, 50_000, 1_000_000);
        for (int nodes : sizes) {
            Result result = run(nodes);
            System.out.printf(
                    Locale.ROOT,
                    "%,d nodes (%s): %s, %s%n",
                    nodes,
                    result.tier(),
                    result.graph().options().backend(),
                    result.reason());
            System.out.println("  options: " + result.graph().options());
            System.out.printf(
                    Locale.ROOT,
                    "  filled: %,d nodes, %,d edges, %.1f B per node, %.1f B per edge%n",
                    result.profile().nodeCount(),
                    result.profile().edgeCount(),
                    result.profile().bytesPerNode(),
                    result.profile().bytesPerEdge());
        }
    }

    /**
     * How to open a graph for {@code nodeCount} nodes: expecting the nodes and twice as many edges,
     * which both chooses the backend and pre-allocates it.
     */
    public static GraphBuilder builderFor(long nodeCount) {
        return Graph.builder().expectedNodes(nodeCount).expectedEdges(2 * nodeCount);
    }

    /** Opens a graph for {@code nodes} nodes with {@link #builderFor} and fills it. */
    public static Result run(int nodes) {
        Graph graph = builderFor(nodes).open();
        fill(graph, nodes);
        return new Result(
                graph,
                tier(nodes),
                reason(graph.options().expectedNodes(), graph.options().expectedEdges()),
                graph.memoryProfile());
    }

    static String tier(long nodeCount) {
        return nodeCount < SMALL_BELOW ? "small" : nodeCount < MEDIUM_BELOW ? "medium" : "large";
    }

    /**
     * Why the graph got this backend: every backend's bid for these expected sizes, highest first.
     */
    static String reason(long expectedNodes, long expectedEdges) {
        List<GraphBackend> backends = new ArrayList<>();
        ServiceLoader.load(GraphBackend.class).forEach(backends::add);
        backends.sort(
                Comparator.comparingInt(
                                (GraphBackend b) -> b.priorityFor(expectedNodes, expectedEdges))
                        .reversed()
                        .thenComparing(GraphBackend::name));
        List<String> bids = new ArrayList<>();
        for (GraphBackend backend : backends) {
            bids.add(backend.name() + " " + backend.priorityFor(expectedNodes, expectedEdges));
        }
        return String.format(
                Locale.ROOT,
                "the highest bid for %,d nodes and %,d edges (%s)",
                expectedNodes,
                expectedEdges,
                String.join(", ", bids));
    }

    /** Nodes {@code node_i}, and edges from each to the next two, in two bulk calls. */
    static void fill(Graph graph, int nodes) {
        List<String> ids = new ArrayList<>(nodes);
        for (int i = 0; i < nodes; i++) {
            ids.add("node_" + i);
        }
        graph.addNodes(ids);
        List<String> sources = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            for (int step = 1; step <= 2 && i + step < nodes; step++) {
                sources.add(ids.get(i));
                targets.add(ids.get(i + step));
            }
        }
        graph.addEdges(sources, targets, Map.of());
    }
}
