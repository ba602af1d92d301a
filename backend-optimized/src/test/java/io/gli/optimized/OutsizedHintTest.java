package io.gli.optimized;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Graph;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.junit.jupiter.api.Test;

/**
 * Size hints are hints: an outsized one ({@code Long.MAX_VALUE} nodes and edges) must not make an
 * empty graph take half of the heap or more. Before pre-sizing was capped by heap size, such a
 * graph took 2.6 GB, and opening it failed with {@link OutOfMemoryError} in the 2 GB heap this
 * module's tests run in.
 */
class OutsizedHintTest {

    @Test
    void anOutsizedHintLeavesMoreThanHalfOfTheHeapFree() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        Graph graph =
                Graph.builder()
                        .backend(OptimizedBackend.NAME)
                        .expectedNodes(Long.MAX_VALUE)
                        .expectedEdges(Long.MAX_VALUE)
                        .open();
        System.gc();
        long taken = memory.getHeapMemoryUsage().getUsed() - before;
        long max = Runtime.getRuntime().maxMemory();
        assertTrue(
                taken < max / 2,
                () ->
                        "an empty graph with outsized hints takes "
                                + (taken >> 20)
                                + " MB of a "
                                + (max >> 20)
                                + " MB heap");
        graph.addNode("still usable");
        assertEquals(1, graph.nodeCount());
    }
}
