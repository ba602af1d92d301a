package io.gli.examples;

import io.gli.Graph;
import io.gli.MemoryProfile;
import java.util.Locale;
import java.util.Map;

/**
 * The guide's "Memory Profiling": a large graph of nodes with a number, a category and a small
 * nested map ({@code metadata = {created: "2025-MM-01"}}), then what its memory goes to.
 *
 * <p>{@link Graph#memoryProfile()} is the backend's own accounting, per category (IDs, indexes,
 * nodes, attributes, adjacency, overhead), without a heap walk, so it is exact for the graph alone
 * and cheap enough to take in production. For comparison the example also prints how much the JVM's
 * used heap grew while the graph was built, the guide's "process memory increase": a rougher figure
 * that includes garbage not yet collected and whatever else the JVM allocated meanwhile.
 *
 * <p>Prints the profile's table and the per-node figures:
 *
 * <pre>
 * memory of a graph on optimized: 500,000 nodes, 0 edges
 * category         owner           bytes   share
 * ids              nodes       6,000,032   33.4%
 * indexes          nodes       2,063,024   11.5%
 * nodes            nodes       4,000,032   22.2%
 * node_attributes  nodes       5,915,776   32.9%
 * adjacency        edges             424    0.0%
 * edge_attributes  edges               0    0.0%
 * overhead         graph             840    0.0%
 * total                       17,980,128  100.0%
 * per node 36.0 B, per edge 0.0 B
 * Nodes created: 500,000
 * Bytes per node (profile): 36.0
 * Bytes per node (heap growth): 45.4
 * </pre>
 *
 * Run with a node count as the first argument (default 500,000, the guide's) and optionally a
 * backend name as the second (default: the highest-priority backend).
 */
public final class MemoryProfiling {
    private MemoryProfiling() {}

    /**
     * What the example built and measured.
     *
     * @param graph the graph built
     * @param profile its memory profile
     * @param heapGrowthBytes how much the used heap grew while building it, measured after a
     *     requested garbage collection: approximate
     */
    public record Result(Graph graph, MemoryProfile profile, long heapGrowthBytes) {}

    public static void main(String[] args) {
        int nodes = Arguments.size(args, 500_000);
        Result result = run(args.length > 1 ? Graph.open(args[1]) : Graph.open(), nodes);
        System.out.print(result.profile());
        System.out.printf(Locale.ROOT, "Nodes created: %,d%n", result.graph().nodeCount());
        System.out.printf(
                Locale.ROOT, "Bytes per node (profile): %.1f%n", result.profile().bytesPerNode());
        System.out.printf(
                Locale.ROOT,
                "Bytes per node (heap growth): %.1f%n",
                (double) result.heapGrowthBytes() / result.graph().nodeCount());
    }

    /** Adds {@code nodes} nodes to the empty {@code graph} in one batch and profiles it. */
    public static Result run(Graph graph, int nodes) {
        long before = usedHeap();
        graph.batch(
                batch -> {
                    for (int i = 0; i < nodes; i++) {
                        String created = String.format(Locale.ROOT, "2025-%02d-01", i % 12 + 1);
                        batch.addNode(
                                "node_" + i,
                                Map.of(
                                        "value",
                                        i,
                                        "category",
                                        i % 1000,
                                        "metadata",
                                        Map.of("created", created)));
                    }
                });
        long growth = usedHeap() - before;
        return new Result(graph, graph.memoryProfile(), growth);
    }

    /** Used heap after asking for a collection, so that less of it is garbage. */
    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
