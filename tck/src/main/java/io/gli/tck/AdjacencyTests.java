package io.gli.tck;

import static io.gli.tck.Refusals.assertEach;
import static io.gli.tck.Refusals.assertEachNodeNotFound;
import static io.gli.tck.Refusals.assertMessageNames;
import static io.gli.tck.Refusals.assertNodeNotFound;
import static io.gli.tck.TestData.removeAndAddAgain;
import static io.gli.tck.TestData.withEdges;
import static io.gli.tck.TestData.withNodes;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Capability;
import io.gli.Graph;
import io.gli.tck.Refusals.Call;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Adjacency: successors and predecessors in the order their edges were added; neighbors listed once
 * each, successors first, then the predecessors that are not successors; degrees as the sizes of
 * those lists, so a pair joined both ways counts once in {@code degree}; on an undirected graph the
 * three lists agree; a self-loop makes a node its own neighbor, once. The lists follow the edges as
 * they are now, after removals and re-additions.
 */
public class AdjacencyTests {

    private static void assertAdjacency(
            Graph graph,
            String id,
            List<String> successors,
            List<String> predecessors,
            List<String> neighbors) {
        assertAll(
                () -> assertEquals(successors, graph.successors(id), "successors of " + id),
                () -> assertEquals(predecessors, graph.predecessors(id), "predecessors of " + id),
                () -> assertEquals(neighbors, graph.neighbors(id), "neighbors of " + id),
                () -> assertEquals(successors.size(), graph.outDegree(id), "outDegree of " + id),
                () -> assertEquals(predecessors.size(), graph.inDegree(id), "inDegree of " + id),
                () -> assertEquals(neighbors.size(), graph.degree(id), "degree of " + id));
    }

    /** On an undirected graph successors, predecessors and neighbors are the same list. */
    private static void assertUndirected(Graph graph, String id, List<String> neighbors) {
        assertAdjacency(graph, id, neighbors, neighbors, neighbors);
    }

    // ---- directed

    @GraphTest(GraphTest.Direction.DIRECTED)
    void directedListsFollowTheEdgeOrder(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c", "d");
        withEdges(graph, "c->a a->b a->c d->a b->a");
        // neighbors: successors first, then the predecessors not among them
        assertAdjacency(
                graph, "a", List.of("b", "c"), List.of("c", "d", "b"), List.of("b", "c", "d"));
        assertAdjacency(graph, "b", List.of("a"), List.of("a"), List.of("a"));
        assertAdjacency(graph, "c", List.of("a"), List.of("a"), List.of("a"));
        assertAdjacency(graph, "d", List.of("a"), List.of(), List.of("a"));
    }

    @GraphTest(GraphTest.Direction.DIRECTED)
    void successorOrderIsEdgeOrderNotNodeOrder(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "hub", "a", "b", "c", "d");
        withEdges(graph, "hub->d hub->b c->hub hub->a a->hub hub->c");
        assertAdjacency(
                graph,
                "hub",
                List.of("d", "b", "a", "c"),
                List.of("c", "a"),
                List.of("d", "b", "a", "c"));
    }

    @GraphTest(GraphTest.Direction.DIRECTED)
    void pairJoinedBothWaysIsOneNeighbor(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b"), "a->b b->a");
        assertAdjacency(graph, "a", List.of("b"), List.of("b"), List.of("b"));
        assertAdjacency(graph, "b", List.of("a"), List.of("a"), List.of("a"));
        assertEquals(1, graph.degree("a"));
        assertTrue(graph.degree("a") < graph.inDegree("a") + graph.outDegree("a"));
    }

    @GraphTest(GraphTest.Direction.DIRECTED)
    void nodeWithOnlyIncomingEdgesHasNeighbors(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "sink", "x", "y"), "y->sink x->sink");
        assertAdjacency(graph, "sink", List.of(), List.of("y", "x"), List.of("y", "x"));
        assertAdjacency(graph, "x", List.of("sink"), List.of(), List.of("sink"));
    }

    @GraphTest(GraphTest.Direction.DIRECTED)
    @Requires(Capability.SELF_LOOPS)
    void directedSelfLoopCountsOnceEachWay(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b"), "a->b a->a b->a");
        assertAdjacency(graph, "a", List.of("b", "a"), List.of("a", "b"), List.of("b", "a"));
    }

    // ---- undirected

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    void undirectedListsAgreeAndFollowTheEdgeOrder(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c", "d");
        withEdges(graph, "c->a a->b d->a b->c");
        assertUndirected(graph, "a", List.of("c", "b", "d"));
        assertUndirected(graph, "b", List.of("a", "c"));
        assertUndirected(graph, "c", List.of("a", "b"));
        assertUndirected(graph, "d", List.of("a"));
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    void undirectedEdgeJoinsBothEndsWhateverItsOrientation(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b"), "b->a");
        assertUndirected(graph, "a", List.of("b"));
        assertUndirected(graph, "b", List.of("a"));
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    @Requires(Capability.SELF_LOOPS)
    void undirectedSelfLoopCountsOnce(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b"), "a->b a->a");
        assertUndirected(graph, "a", List.of("b", "a"));
        assertUndirected(graph, "b", List.of("a"));
    }

    // ---- both

    @GraphTest
    void isolatedNodeHasNoNeighbors(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "alone", "x", "y"), "x->y");
        assertAdjacency(graph, "alone", List.of(), List.of(), List.of());
    }

    @GraphTest
    @Requires(Capability.SELF_LOOPS)
    void selfLoopMakesANodeItsOwnNeighbor(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a"), "a->a");
        assertAdjacency(graph, "a", List.of("a"), List.of("a"), List.of("a"));
    }

    @GraphTest
    void starKeepsTheOrderOfItsSpokes(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "hub");
        List<String> spokes = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String spoke = "s" + ((i * 37) % 500);
            graph.addNode(spoke);
            spokes.add(spoke);
        }
        for (String spoke : spokes) {
            graph.addEdge("hub", spoke);
        }
        assertEquals(spokes, graph.successors("hub"));
        assertEquals(spokes, graph.neighbors("hub"));
        assertEquals(500, graph.degree("hub"));
        assertEquals(500, graph.outDegree("hub"));
        assertEquals(fixture.directed() ? 0 : 500, graph.inDegree("hub"));
        assertEquals(List.of("hub"), graph.neighbors(spokes.get(250)));
    }

    @GraphTest
    void mergingAnEdgeKeepsTheNeighborOrder(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b", "c"), "a->b a->c");
        graph.mergeEdge("a", "b", Map.of("k", 1));
        graph.setEdgeAttribute("a", "b", "k", 2);
        assertEquals(List.of("b", "c"), graph.successors("a"));
        assertEquals(List.of("b", "c"), graph.neighbors("a"));
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void reAddedEdgeMovesToTheEndOfTheLists(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b", "c", "d"), "a->b a->c a->d");
        graph.removeEdge("a", "b");
        assertEquals(List.of("c", "d"), graph.successors("a"));
        graph.addEdge("a", "b");
        assertEquals(List.of("c", "d", "b"), graph.successors("a"));
        assertEquals(List.of("c", "d", "b"), graph.neighbors("a"));
        assertEquals(3, graph.degree("a"));
    }

    @GraphTest(GraphTest.Direction.DIRECTED)
    @Requires(Capability.REMOVAL)
    void neighborOrderFollowsTheFirstRemainingEdge(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b", "c"), "a->b a->c b->a");
        assertEquals(List.of("b", "c"), graph.neighbors("a"));
        graph.removeEdge("a", "b");
        assertAdjacency(graph, "a", List.of("c"), List.of("b"), List.of("c", "b"));
        assertAdjacency(graph, "b", List.of("a"), List.of(), List.of("a"));
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    @Requires(Capability.REMOVAL)
    void undirectedReAddInOtherOrientationMovesToTheEnd(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b", "c"), "a->b c->a");
        removeAndAddAgain(graph, "b", "a");
        assertUndirected(graph, "a", List.of("c", "b"));
        assertUndirected(graph, "b", List.of("a"));
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void removingANodeDropsItFromEveryList(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b", "c"), "a->b c->b c->a");
        graph.removeNode("c");
        if (fixture.directed()) {
            assertAdjacency(graph, "b", List.of(), List.of("a"), List.of("a"));
            assertAdjacency(graph, "a", List.of("b"), List.of(), List.of("b"));
        } else {
            assertUndirected(graph, "b", List.of("a"));
            assertUndirected(graph, "a", List.of("b"));
        }
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void reAddedNodeStartsWithNoNeighbors(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b"), "a->b");
        graph.removeNode("a");
        graph.addNode("a");
        assertAdjacency(graph, "a", List.of(), List.of(), List.of());
        assertAdjacency(graph, "b", List.of(), List.of(), List.of());
    }

    @GraphTest
    void adjacencyOfAMissingNodeThrowsNodeNotFound(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b"), "a->b");
        assertEach(
                List.of(
                        new Call("successors", () -> graph.successors("missing")),
                        new Call("predecessors", () -> graph.predecessors("missing")),
                        new Call("neighbors", () -> graph.neighbors("missing")),
                        new Call("outDegree", () -> graph.outDegree("missing")),
                        new Call("inDegree", () -> graph.inDegree("missing")),
                        new Call("degree", () -> graph.degree("missing"))),
                c -> assertMessageNames(assertNodeNotFound(graph, "missing", c), "missing"));
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void adjacencyOfARemovedNodeThrowsNodeNotFound(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b"), "a->b");
        graph.removeNode("b");
        assertEachNodeNotFound(
                graph,
                "b",
                () -> graph.successors("b"),
                () -> graph.predecessors("b"),
                () -> graph.degree("b"));
    }

    @GraphTest
    void degreesMatchTheListsOnADenseGraph(Fixture fixture) {
        Graph graph = fixture.open();
        int n = 25;
        for (int i = 0; i < n; i++) {
            graph.addNode("v" + i);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if ((i * 7 + j * 3) % 4 != 0) {
                    graph.addEdge(
                            "v" + ((i + j) % 2 == 0 ? i : j), "v" + ((i + j) % 2 == 0 ? j : i));
                }
            }
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
            String v = "v" + i;
            assertEquals(graph.successors(v).size(), graph.outDegree(v));
            assertEquals(graph.predecessors(v).size(), graph.inDegree(v));
            assertEquals(graph.neighbors(v).size(), graph.degree(v));
            sum += fixture.directed() ? graph.outDegree(v) : graph.degree(v);
        }
        assertEquals(fixture.directed() ? graph.edgeCount() : 2L * graph.edgeCount(), sum);
    }
}
