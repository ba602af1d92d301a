package io.gli.tck.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gli.Capability;
import io.gli.Graph;
import io.gli.algo.Cores;
import io.gli.algo.NodeInts;
import io.gli.tck.Fixture;
import io.gli.tck.GraphTest;
import io.gli.tck.Requires;
import io.gli.tck.algo.GraphShapes.Shape;
import java.util.List;
import java.util.Map;

/**
 * Core numbers on every backend: the kit's peeling (over neighbor sets; self-loops and directions
 * ignored) on every shape; the same from the backend's topology and the kit's; a hand-checked small
 * graph.
 */
public class CoreTests {
    private static void checkShapes(List<Shape> shapes) {
        for (Shape shape : shapes) {
            Graph graph = shape.graph();
            NodeInts cores = Cores.coreNumbers(graph.topology());
            Map<String, Integer> expected = RankReferences.cores(graph);
            for (String id : graph.nodes()) {
                assertEquals(expected.get(id), cores.get(id), shape.name() + ": core of " + id);
            }
            assertArrayEquals(
                    Cores.coreNumbers(KitTopology.of(graph, null)).toArray(),
                    cores.toArray(),
                    shape.name() + ": the kit's topology");
        }
    }

    @GraphTest
    void coresAreThePeelings(Fixture fixture) {
        checkShapes(GraphShapes.loopFree(fixture));
    }

    @GraphTest
    @Requires(Capability.SELF_LOOPS)
    void selfLoopsAreIgnored(Fixture fixture) {
        checkShapes(GraphShapes.withLoops(fixture));
    }

    @GraphTest
    void handCheckedSmallGraph(Fixture fixture) {
        // K4 a b c d, e hanging off d, f alone; on a directed graph, as undirected
        Graph graph = RankReferences.graph(fixture, "a b c d e f", "a>b c>a a>d b>c d>b c>d d>e");
        assertArrayEquals(
                new int[] {3, 3, 3, 3, 1, 0}, Cores.coreNumbers(graph.topology()).toArray());
    }
}
