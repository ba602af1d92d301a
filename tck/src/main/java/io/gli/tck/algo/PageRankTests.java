package io.gli.tck.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Capability;
import io.gli.Graph;
import io.gli.NodeNotFoundException;
import io.gli.Topology;
import io.gli.algo.PageRank;
import io.gli.algo.PageRankResult;
import io.gli.tck.Fixture;
import io.gli.tck.GraphTest;
import io.gli.tck.Requires;
import io.gli.tck.algo.GraphShapes.Shape;
import java.util.List;
import java.util.Map;

/**
 * PageRank on every backend: the kit's reference (NetworkX's iteration, over ID-level reads) on
 * every shape, unweighted, weighted and personalized; the same ranks, bit for bit, from the
 * backend's topology and the kit's; hand-solved small graphs.
 */
public class PageRankTests {
    /** The reference sums in another order: the ranks agree up to rounding. */
    private static final double ROUNDING = 1e-12;

    private static void assertReference(
            Shape shape, PageRankResult result, RankReferences.PageRankRun expected) {
        String name = shape.name();
        assertEquals(expected.iterations(), result.iterations(), name + ": iterations");
        assertEquals(expected.converged(), result.converged(), name + ": converged");
        for (Map.Entry<String, Double> entry : expected.ranks().entrySet()) {
            assertEquals(
                    entry.getValue(),
                    result.ranks().get(entry.getKey()),
                    ROUNDING,
                    name + ": rank of " + entry.getKey());
        }
        assertEquals(shape.graph().nodeCount(), result.ranks().size(), name + ": node count");
    }

    private static void checkShapes(List<Shape> shapes) {
        for (Shape shape : shapes) {
            Graph graph = shape.graph();
            assertReference(
                    shape,
                    PageRank.builder().run(graph.topology()),
                    RankReferences.pageRank(graph, 0.85, 1e-6, 100, null, null));
            assertReference(
                    shape,
                    PageRank.builder().weighted(true).run(graph.topology(GraphShapes.WEIGHT)),
                    RankReferences.pageRank(graph, 0.85, 1e-6, 100, null, GraphShapes.WEIGHT));
            assertReference(
                    shape,
                    PageRank.builder().damping(0.6).maxIterations(5).run(graph.topology()),
                    RankReferences.pageRank(graph, 0.6, 1e-6, 5, null, null));
        }
    }

    @GraphTest
    void ranksAreTheReferences(Fixture fixture) {
        checkShapes(GraphShapes.loopFree(fixture));
    }

    @GraphTest
    @Requires(Capability.SELF_LOOPS)
    void selfLoopsAreOutEdges(Fixture fixture) {
        checkShapes(GraphShapes.withLoops(fixture));
    }

    @GraphTest
    void personalizedRanksAreTheReferences(Fixture fixture) {
        for (Shape shape : GraphShapes.loopFree(fixture)) {
            Graph graph = shape.graph();
            if (graph.nodeCount() < 2) {
                continue;
            }
            Map<String, Double> personalization = Map.of("n0", 1.0, "n1", 3.0);
            assertReference(
                    shape,
                    PageRank.builder().personalization(personalization).run(graph.topology()),
                    RankReferences.pageRank(graph, 0.85, 1e-6, 100, personalization, null));
        }
    }

    private static void checkSameOnEveryBackend(List<Shape> shapes) {
        for (Shape shape : shapes) {
            Graph graph = shape.graph();
            PageRank.Builder unweighted = PageRank.builder().threads(2);
            assertArrayEquals(
                    unweighted.run(KitTopology.of(graph, null)).ranks().toArray(),
                    unweighted.run(graph.topology()).ranks().toArray(),
                    0,
                    shape.name());
            PageRank.Builder weighted = PageRank.builder().weighted(true);
            assertArrayEquals(
                    weighted.run(KitTopology.of(graph, GraphShapes.WEIGHT)).ranks().toArray(),
                    weighted.run(graph.topology(GraphShapes.WEIGHT)).ranks().toArray(),
                    0,
                    shape.name() + ", weighted");
        }
    }

    @GraphTest
    void sameRanksOnEveryBackend(Fixture fixture) {
        checkSameOnEveryBackend(GraphShapes.loopFree(fixture));
    }

    @GraphTest
    @Requires(Capability.SELF_LOOPS)
    void sameRanksWithLoopsOnEveryBackend(Fixture fixture) {
        checkSameOnEveryBackend(GraphShapes.withLoops(fixture));
    }

    @GraphTest(GraphTest.Direction.DIRECTED)
    void danglingRankIsSpreadOverEveryNode(Fixture fixture) {
        // x_a = 0.85 x_b / 2 + 0.075 and x_a + x_b = 1: b, a sink, hands half its rank back
        Graph graph = RankReferences.graph(fixture, "a b", "a>b");
        PageRankResult result = PageRank.builder().run(graph.topology());
        double b = 0.925 / 1.425;
        assertEquals(b, result.ranks().get("b"), 1e-6);
        assertEquals(1 - b, result.ranks().get("a"), 1e-6);
        assertTrue(result.converged());
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    void starCentreHoldsMost(Fixture fixture) {
        // x_c = 0.85 * 3 x_leaf + 0.0375 and x_c + 3 x_leaf = 1
        Graph graph = RankReferences.graph(fixture, "x c y z", "c>x y>c c>z");
        PageRankResult result = PageRank.builder().run(graph.topology());
        double centre = 0.8875 / 1.85;
        assertEquals(centre, result.ranks().get("c"), 1e-6);
        for (String leaf : List.of("x", "y", "z")) {
            assertEquals((1 - centre) / 3, result.ranks().get(leaf), 1e-6, leaf);
        }
    }

    @GraphTest
    void refusalsNameTheProblem(Fixture fixture) {
        Graph graph = RankReferences.graph(fixture, "a b", "a>b");
        Topology topology = graph.topology();
        NodeNotFoundException unknown =
                assertThrows(
                        NodeNotFoundException.class,
                        () ->
                                PageRank.builder()
                                        .personalization(Map.of("nowhere", 1.0))
                                        .run(topology));
        assertTrue(unknown.getMessage().contains("nowhere"), unknown.getMessage());
        IllegalArgumentException unweighted =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> PageRank.builder().weighted(true).run(topology));
        assertTrue(
                unweighted.getMessage().contains("graph.topology(weightKey)"),
                unweighted.getMessage());
        graph.setEdgeAttribute("a", "b", "w", -2L);
        IllegalArgumentException negative =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> PageRank.builder().weighted(true).run(graph.topology("w")));
        assertTrue(
                negative.getMessage().contains("\"a\" -> \"b\"")
                        && negative.getMessage().contains("-2.0"),
                negative.getMessage());
    }
}
