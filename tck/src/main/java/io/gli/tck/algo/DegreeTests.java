package io.gli.tck.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gli.Capability;
import io.gli.Graph;
import io.gli.Topology;
import io.gli.algo.DegreeStats;
import io.gli.algo.Degrees;
import io.gli.algo.Direction;
import io.gli.algo.NodeInts;
import io.gli.tck.Fixture;
import io.gli.tck.GraphTest;
import io.gli.tck.Requires;
import io.gli.tck.algo.GraphShapes.Shape;
import java.util.List;

/**
 * Degrees on every backend: each node's degree in each direction is the graph's own {@code
 * outDegree}, {@code inDegree} and {@code degree}; the statistics summarize those; the same from
 * the backend's topology and the kit's.
 */
public class DegreeTests {
    private static int graphDegree(Graph graph, String id, Direction direction) {
        return switch (direction) {
            case OUT -> graph.outDegree(id);
            case IN -> graph.inDegree(id);
            case BOTH -> graph.degree(id);
        };
    }

    private static void checkShapes(List<Shape> shapes) {
        for (Shape shape : shapes) {
            Graph graph = shape.graph();
            Topology topology = graph.topology();
            for (Direction direction : Direction.values()) {
                String name = shape.name() + ", " + direction;
                NodeInts degrees = Degrees.of(topology, direction);
                int min = Integer.MAX_VALUE;
                int max = 0;
                long total = 0;
                for (String id : graph.nodes()) {
                    int expected = graphDegree(graph, id, direction);
                    assertEquals(expected, degrees.get(id), name + ": degree of " + id);
                    min = Math.min(min, expected);
                    max = Math.max(max, expected);
                    total += expected;
                }
                DegreeStats stats = Degrees.stats(topology, direction);
                assertEquals(graph.nodeCount() == 0 ? 0 : min, stats.min(), name + ": min");
                assertEquals(max, stats.max(), name + ": max");
                assertEquals(total, stats.total(), name + ": total");
                assertEquals(
                        (double) total / graph.nodeCount(), stats.mean(), 1e-12, name + ": mean");
                long counted = 0;
                for (int degree = 0; degree <= max; degree++) {
                    counted += stats.count(degree);
                }
                assertEquals(graph.nodeCount(), counted, name + ": nodes counted by degree");
                assertArrayEquals(
                        degrees.toArray(),
                        Degrees.of(KitTopology.of(graph, null), direction).toArray(),
                        name + ": the kit's topology");
            }
        }
    }

    @GraphTest
    void degreesAreTheGraphs(Fixture fixture) {
        checkShapes(GraphShapes.loopFree(fixture));
    }

    @GraphTest
    @Requires(Capability.SELF_LOOPS)
    void selfLoopMakesANodeItsOwnNeighborOnce(Fixture fixture) {
        checkShapes(GraphShapes.withLoops(fixture));
        Graph graph = RankReferences.graph(fixture, "a b", "a>a a>b");
        assertArrayEquals(new int[] {2, 1}, Degrees.of(graph.topology(), Direction.BOTH).toArray());
    }

    @GraphTest(GraphTest.Direction.DIRECTED)
    void pairJoinedBothWaysIsOneNeighbor(Fixture fixture) {
        Graph graph = RankReferences.graph(fixture, "a b c", "a>b b>a c>a");
        Topology topology = graph.topology();
        assertArrayEquals(new int[] {1, 1, 1}, Degrees.of(topology, Direction.OUT).toArray());
        assertArrayEquals(new int[] {2, 1, 0}, Degrees.of(topology, Direction.IN).toArray());
        assertArrayEquals(new int[] {2, 1, 1}, Degrees.of(topology, Direction.BOTH).toArray());
        DegreeStats stats = Degrees.stats(topology, Direction.BOTH);
        assertEquals(4 / 3.0, stats.mean(), 1e-15);
        assertArrayEquals(new long[] {0, 2, 1}, stats.histogram());
    }
}
