package io.gli.tck;

import io.gli.Capability;
import io.gli.Graph;

/**
 * A graph of a million edges (200,000 nodes, five out-edges each), built through the bulk API on
 * every backend (directed: the undirected build costs as much again and is covered at smaller sizes
 * by the other tests), checked by counts and sampled neighbor lists, degrees and lookups ({@link
 * LargeGraphs}).
 */
public class LargeGraphTests {
    static final int NODES = 200_000;

    @GraphTest(GraphTest.Direction.DIRECTED)
    void aMillionEdges(Fixture fixture) {
        fixture.assume(fixture.directed() ? Capability.DIRECTED : Capability.UNDIRECTED);
        // Not opened through the fixture: the full invariant check of a million edges would take
        // several times as long as building them; LargeGraphs checks samples exactly instead.
        Graph graph =
                fixture.builder()
                        .expectedNodes(NODES)
                        .expectedEdges((long) NODES * LargeGraphs.FAN_OUT)
                        .open();
        long start = System.nanoTime();
        LargeGraphs.Timings timings = LargeGraphs.buildAndCheck(graph, NODES, 1_000);
        System.out.printf(
                "million edges [%s]: %,d nodes, %,d edges; nodes %.2f s, edges %.2f s, sampled checks %.2f s,"
                        + " total %.2f s%n",
                fixture,
                graph.nodeCount(),
                graph.edgeCount(),
                timings.nodeSeconds(),
                timings.edgeSeconds(),
                timings.checkSeconds(),
                (System.nanoTime() - start) / 1e9);
    }
}
