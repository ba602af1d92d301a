package io.gli.optimized;

import io.gli.Graph;
import io.gli.tck.LargeGraphs;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import org.junit.jupiter.api.Test;

/**
 * The large-graph check: 10 million nodes and 50 million edges on the optimized backend within a 4
 * GB heap, built with the bulk API in chunks and checked by counts and by sampled lookups, neighbor
 * lists and degrees ({@link LargeGraphs}).
 *
 * <p>Not part of {@code mvn verify}: the {@code large-graphs} profile of this module runs it, in a
 * test JVM with {@code -Xmx4g} (see the root README). {@code -Dgli.large.nodes=...} lowers the size
 * (edges are five times the nodes) to try the test itself quickly.
 */
class LargeGraphTest {
    private static final int NODES = Integer.getInteger("gli.large.nodes", 10_000_000);

    @Test
    void tenMillionNodesAndFiftyMillionEdges() {
        long edges = (long) NODES * LargeGraphs.FAN_OUT;
        long start = System.nanoTime();
        Graph graph =
                Graph.builder()
                        .backend(OptimizedBackend.NAME)
                        .expectedNodes(NODES)
                        .expectedEdges(edges)
                        .open();
        LargeGraphs.Timings timings = LargeGraphs.buildAndCheck(graph, NODES, 2_000);
        double total = (System.nanoTime() - start) / 1e9;

        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long peaks = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peaks += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(
                "large graph: %,d nodes, %,d edges; nodes %.1f s, edges %.1f s, checks %.1f s, total %.1f s;"
                        + " heap after GC %,d MB with the graph reachable, sum of heap pool peaks %,d MB, max heap %,d MB%n",
                graph.nodeCount(),
                graph.edgeCount(),
                timings.nodeSeconds(),
                timings.edgeSeconds(),
                timings.checkSeconds(),
                total,
                retained >> 20,
                peaks >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
