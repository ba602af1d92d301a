package io.gli.tck;

import static io.gli.tck.Refusals.assertArgumentErrorNaming;
import static io.gli.tck.Refusals.assertEachFailsUnchanged;
import static io.gli.tck.Refusals.assertEachNodeNotFound;
import static io.gli.tck.Refusals.assertEdgeExists;
import static io.gli.tck.Refusals.assertEdgeNotFound;
import static io.gli.tck.Refusals.assertMessageNames;
import static io.gli.tck.Refusals.assertMessageQuotes;
import static io.gli.tck.Refusals.assertNodeNotFound;
import static io.gli.tck.TestData.cells;
import static io.gli.tck.TestData.removeAndAddAgain;
import static io.gli.tck.TestData.withEdges;
import static io.gli.tck.TestData.withFirstEdgeRemoved;
import static io.gli.tck.TestData.withNodes;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Capability;
import io.gli.Edge;
import io.gli.EdgeExistsException;
import io.gli.EdgeNotFoundException;
import io.gli.Graph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/**
 * Edges: adding one at a time and in bulk with attribute columns, merging, membership, removal,
 * counting and the edge order; identity by endpoints (ordered pairs on a directed graph, unordered
 * on an undirected one, which keeps the orientation an edge was first added in); self-loops; and
 * the refusals: a missing endpoint (source reported before target, no node ever created
 * implicitly), an existing edge, a missing edge.
 */
public class EdgeTests {

    // ---- adding

    @GraphTest
    void addEdgeCreatesAnEdgeWithoutAttributes(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b"), "a->b");
        assertTrue(graph.hasEdge("a", "b"));
        assertEquals(1, graph.edgeCount());
        assertEquals(List.of(new Edge("a", "b")), graph.edges());
        assertEquals(Map.of(), graph.edgeAttributes("a", "b"));
        assertEquals(List.of("a", "b"), graph.nodes(), "adding an edge leaves the nodes alone");
    }

    @GraphTest
    void addEdgeWithAttributesStoresThem(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b");
        graph.addEdge("a", "b", Map.of("weight", 3, "label", "knows"));
        assertEquals(Map.of("weight", 3L, "label", "knows"), graph.edgeAttributes("a", "b"));
        assertEquals(
                List.of(new Edge("a", "b", Map.of("weight", 3L, "label", "knows"))), graph.edges());
    }

    @GraphTest
    void edgesIterateInInsertionOrder(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c", "d");
        withEdges(graph, "c->a a->d d->b a->b b->c");
        assertEquals(
                List.of(
                        new Edge("c", "a"),
                        new Edge("a", "d"),
                        new Edge("d", "b"),
                        new Edge("a", "b"),
                        new Edge("b", "c")),
                graph.edges());
        assertEquals(5, graph.edgeCount());
    }

    @GraphTest
    void manyEdgesKeepTheirOrder(Fixture fixture) {
        Graph graph = fixture.open();
        for (int i = 0; i < 60; i++) {
            graph.addNode("n" + i);
        }
        List<Edge> expected = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            for (int step = 1; step <= 10; step++) {
                String s = "n" + ((i * 13) % 60);
                String t = "n" + ((i * 13 + step * 7) % 60);
                graph.addEdge(s, t, Map.of("i", i, "step", step));
                expected.add(new Edge(s, t, Map.of("i", (long) i, "step", (long) step)));
            }
        }
        assertEquals(expected.size(), graph.edgeCount());
        assertEquals(expected, graph.edges());
    }

    @GraphTest
    void addEdgeWithMissingTargetCreatesNothing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        assertMessageNames(
                assertNodeNotFound(graph, "missing", () -> graph.addEdge("a", "missing")),
                "missing");
        assertFalse(graph.hasNode("missing"), "nodes are never created implicitly");
    }

    @GraphTest
    void addEdgeWithMissingSourceCreatesNothing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        assertNodeNotFound(graph, "missing", () -> graph.addEdge("missing", "a", Map.of("k", 1)));
        assertFalse(graph.hasNode("missing"));
    }

    @GraphTest
    void missingSourceIsReportedBeforeMissingTarget(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        assertAll(
                () ->
                        assertEachNodeNotFound(
                                graph,
                                "first",
                                () -> graph.addEdge("first", "second"),
                                () -> graph.addEdge("first", "second", Map.of("k", 1)),
                                () -> graph.mergeEdge("first", "second", Map.of()),
                                addEdges(graph, List.of("first"), List.of("second"), Map.of())),
                () ->
                        assertNodeNotFound(
                                graph,
                                "second",
                                addEdges(graph, List.of("second"), List.of("first"), Map.of())));
        assertEquals(List.of("a"), graph.nodes());
    }

    @GraphTest
    void addingAnExistingEdgeThrowsEdgeExists(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b");
        graph.addEdge("a", "b", Map.of("k", 1));
        assertMessageQuotes(
                assertEdgeExists(graph, "a", "b", () -> graph.addEdge("a", "b", Map.of("k", 2))),
                "a",
                "b");
        assertEquals(Map.of("k", 1L), graph.edgeAttributes("a", "b"));
        Snapshot.assertFailsUnchanged(
                graph, EdgeExistsException.class, () -> graph.addEdge("a", "b"));
    }

    @GraphTest
    void edgeExistsIsAnIllegalArgumentException(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b"), "a->b");
        Snapshot.assertFailsUnchanged(
                graph, IllegalArgumentException.class, () -> graph.addEdge("a", "b"));
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void missingEndpointIsReportedBeforeAnExistingEdge(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b"), "a->b");
        graph.removeNode("b");
        assertNodeNotFound(graph, "b", () -> graph.addEdge("a", "b"));
    }

    // ---- direction

    @GraphTest(GraphTest.Direction.DIRECTED)
    void reversedEdgeIsADifferentEdgeOnADirectedGraph(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b");
        graph.addEdge("a", "b", Map.of("dir", "ab"));
        assertFalse(graph.hasEdge("b", "a"));
        graph.addEdge("b", "a", Map.of("dir", "ba"));
        assertTrue(graph.hasEdge("b", "a"));
        assertEquals(2, graph.edgeCount());
        assertEquals(
                List.of(
                        new Edge("a", "b", Map.of("dir", "ab")),
                        new Edge("b", "a", Map.of("dir", "ba"))),
                graph.edges());
    }

    @GraphTest(GraphTest.Direction.DIRECTED)
    @Requires(Capability.REMOVAL)
    void removingOneDirectionKeepsTheOther(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b"), "a->b b->a");
        graph.removeEdge("a", "b");
        assertFalse(graph.hasEdge("a", "b"));
        assertTrue(graph.hasEdge("b", "a"));
        assertEquals(List.of(new Edge("b", "a")), graph.edges());
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    void reversedEdgeIsTheSameEdgeOnAnUndirectedGraph(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b");
        graph.addEdge("a", "b", Map.of("k", 1));
        assertTrue(graph.hasEdge("b", "a"));
        // the endpoints as the caller gave them
        assertEdgeExists(graph, "b", "a", () -> graph.addEdge("b", "a"));
        assertEquals(1, graph.edgeCount());
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    void undirectedEdgeKeepsTheOrientationItWasAddedIn(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b", "c"), "b->a c->b a->c");
        assertEquals(
                List.of(new Edge("b", "a"), new Edge("c", "b"), new Edge("a", "c")), graph.edges());
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    void mergingTheReversedEdgeKeepsOrientationAndPlace(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        graph.addEdge("b", "a", Map.of("k", 1));
        graph.addEdge("a", "c");
        assertFalse(graph.mergeEdge("a", "b", Map.of("k", 2, "m", true)));
        assertEquals(
                List.of(new Edge("b", "a", Map.of("k", 2L, "m", true)), new Edge("a", "c")),
                graph.edges());
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    void mergeCreatesAnUndirectedEdgeInTheGivenOrientation(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b");
        assertTrue(graph.mergeEdge("b", "a", Map.of()));
        assertFalse(graph.mergeEdge("a", "b", Map.of()));
        assertEquals(List.of(new Edge("b", "a")), graph.edges());
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    @Requires(Capability.REMOVAL)
    void removingTheReversedEdgeRemovesIt(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b", "c"), "a->b b->c");
        graph.removeEdge("b", "a");
        assertFalse(graph.hasEdge("a", "b"));
        assertFalse(graph.hasEdge("b", "a"));
        assertEquals(List.of(new Edge("b", "c")), graph.edges());
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    @Requires(Capability.REMOVAL)
    void reAddedUndirectedEdgeTakesItsNewOrientation(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b", "c"), "a->b a->c");
        removeAndAddAgain(graph, "b", "a");
        assertEquals(List.of(new Edge("a", "c"), new Edge("b", "a")), graph.edges());
    }

    // ---- hasEdge

    @GraphTest
    void hasEdgeIsFalseWhenAnEndpointIsMissing(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b"), "a->b");
        assertFalse(graph.hasEdge("a", "missing"));
        assertFalse(graph.hasEdge("missing", "a"));
        assertFalse(graph.hasEdge("x", "y"));
        assertFalse(graph.hasEdge("a", "a"));
    }

    @GraphTest
    void hasEdgeIsFalseBetweenUnconnectedNodes(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b", "c"), "a->b");
        assertFalse(graph.hasEdge("a", "c"));
        assertFalse(graph.hasEdge("c", "b"));
        assertEquals(!fixture.directed(), graph.hasEdge("b", "a"));
    }

    // ---- mergeEdge

    @GraphTest
    void mergeEdgeCreatesAMissingEdgeLast(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b", "c"), "a->b");
        assertTrue(graph.mergeEdge("b", "c", Map.of("w", 1)));
        assertEquals(
                List.of(new Edge("a", "b"), new Edge("b", "c", Map.of("w", 1L))), graph.edges());
    }

    @GraphTest
    void mergeEdgeUpdatesAnExistingEdgeKeepingOtherAttributesAndPlace(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        graph.addEdge("a", "b", Map.of("keep", 1, "change", "old"));
        graph.addEdge("b", "c");
        assertFalse(graph.mergeEdge("a", "b", Map.of("change", "new", "added", 2.5)));
        assertEquals(
                List.of(
                        new Edge("a", "b", Map.of("keep", 1L, "change", "new", "added", 2.5)),
                        new Edge("b", "c")),
                graph.edges());
    }

    @GraphTest
    void mergeEdgeWithEmptyMapOnExistingEdgeChangesNothing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b");
        graph.addEdge("a", "b", Map.of("k", 1));
        Snapshot before = Snapshot.of(graph);
        assertFalse(graph.mergeEdge("a", "b", Map.of()));
        before.assertUnchanged(graph);
    }

    @GraphTest
    void mergeEdgeWithMissingEndpointCreatesNothing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        assertEachNodeNotFound(
                graph,
                "missing",
                () -> graph.mergeEdge("a", "missing", Map.of("k", 1)),
                () -> graph.mergeEdge("missing", "a", Map.of()));
        assertEquals(List.of("a"), graph.nodes());
        assertEquals(0, graph.edgeCount());
    }

    // ---- removal

    @GraphTest
    @Requires(Capability.REMOVAL)
    void removeEdgeRemovesOnlyThatEdge(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b", "c"), "a->b b->c c->a");
        graph.removeEdge("b", "c");
        assertFalse(graph.hasEdge("b", "c"));
        assertEquals(2, graph.edgeCount());
        assertEquals(List.of(new Edge("a", "b"), new Edge("c", "a")), graph.edges());
        assertEquals(List.of("a", "b", "c"), graph.nodes(), "the endpoints stay");
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void removeMissingEdgeThrowsEdgeNotFound(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b", "c"), "a->b");
        assertMessageQuotes(
                assertEdgeNotFound(graph, "a", "c", () -> graph.removeEdge("a", "c")), "a", "c");
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void removeEdgeBetweenMissingNodesThrowsEdgeNotFound(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        assertEdgeNotFound(graph, "x", "a", () -> graph.removeEdge("x", "a"));
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void removeEdgeTwiceFailsTheSecondTime(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b"), "a->b");
        graph.removeEdge("a", "b");
        Snapshot.assertFailsUnchanged(
                graph, EdgeNotFoundException.class, () -> graph.removeEdge("a", "b"));
        assertEquals(0, graph.edgeCount());
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void reAddedEdgeGoesLast(Fixture fixture) {
        Graph graph = withFirstEdgeRemoved(fixture.open());
        graph.addEdge("a", "b", Map.of("v", 2));
        assertEquals(
                List.of(new Edge("b", "c"), new Edge("a", "b", Map.of("v", 2L))), graph.edges());
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void mergeAfterRemoveCreatesTheEdgeAgainLast(Fixture fixture) {
        Graph graph = withFirstEdgeRemoved(fixture.open());
        assertTrue(graph.mergeEdge("a", "b", Map.of("new", 1)));
        assertEquals(
                List.of(new Edge("b", "c"), new Edge("a", "b", Map.of("new", 1L))), graph.edges());
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void edgeCountTracksAddsMergesAndRemoves(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        assertEquals(0, graph.edgeCount());
        graph.addEdge("a", "b");
        graph.addEdge("b", "c");
        assertEquals(2, graph.edgeCount());
        graph.mergeEdge("a", "b", Map.of("k", 1));
        assertEquals(2, graph.edgeCount());
        graph.mergeEdge("a", "c", Map.of());
        assertEquals(3, graph.edgeCount());
        graph.removeEdge("a", "b");
        assertEquals(2, graph.edgeCount());
        graph.removeNode("c");
        assertEquals(0, graph.edgeCount());
    }

    // ---- self-loops

    @GraphTest
    @Requires(Capability.SELF_LOOPS)
    void selfLoopIsAnOrdinaryEdge(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b"), "a->b");
        graph.addEdge("a", "a", Map.of("loop", true));
        assertTrue(graph.hasEdge("a", "a"));
        assertEquals(2, graph.edgeCount());
        assertEquals(
                List.of(new Edge("a", "b"), new Edge("a", "a", Map.of("loop", true))),
                graph.edges());
        assertTrue(graph.edges().get(1).isSelfLoop());
    }

    @GraphTest
    @Requires(Capability.SELF_LOOPS)
    void selfLoopCanBeAddedOnlyOnce(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a"), "a->a");
        assertEdgeExists(graph, "a", "a", () -> graph.addEdge("a", "a"));
        assertFalse(graph.mergeEdge("a", "a", Map.of("k", 1)));
        assertEquals(1, graph.edgeCount());
    }

    @GraphTest
    @Requires({Capability.SELF_LOOPS, Capability.REMOVAL})
    void selfLoopCanBeRemoved(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a"), "a->a");
        graph.removeEdge("a", "a");
        assertFalse(graph.hasEdge("a", "a"));
        assertEquals(0, graph.edgeCount());
        assertEquals(List.of("a"), graph.nodes());
    }

    @GraphTest
    @Requires(Capability.SELF_LOOPS)
    void selfLoopOnAMissingNodeThrowsNodeNotFound(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        assertNodeNotFound(graph, "x", () -> graph.addEdge("x", "x"));
    }

    // ---- addEdges

    @GraphTest
    void addEdgesAddsEveryEdgeInOrderWithItsAttributes(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b", "c", "d"), "d->a");
        Map<String, List<?>> columns = new LinkedHashMap<>();
        columns.put("w", cells(1, 2.5f, null));
        columns.put("label", cells(null, "x", "y"));
        graph.addEdges(List.of("a", "b", "a"), List.of("b", "c", "c"), columns);
        assertEquals(
                List.of(
                        new Edge("d", "a"),
                        new Edge("a", "b", Map.of("w", 1L)),
                        new Edge("b", "c", Map.of("w", 2.5, "label", "x")),
                        new Edge("a", "c", Map.of("label", "y"))),
                graph.edges());
    }

    @GraphTest
    void addEdgesWithoutColumnsAddsBareEdges(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        graph.addEdges(List.of("a", "b"), List.of("b", "c"), Map.of());
        assertEquals(List.of(new Edge("a", "b"), new Edge("b", "c")), graph.edges());
    }

    @GraphTest
    void addEdgesWithEmptyListsDoesNothing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        Snapshot before = Snapshot.of(graph);
        graph.addEdges(List.of(), List.of(), Map.of("k", List.of()));
        before.assertUnchanged(graph);
    }

    @GraphTest
    void addEdgesWithListsOfDifferentLengthsAddsNothing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        assertEachFailsUnchanged(
                graph,
                IllegalArgumentException.class,
                addEdges(graph, List.of("a", "b"), List.of("b"), Map.of()),
                addEdges(graph, List.of("a"), List.of("b", "c"), Map.of()));
    }

    @GraphTest
    void addEdgesWithAColumnOfTheWrongLengthAddsNothing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        assertArgumentErrorNaming(
                graph,
                "weight",
                addEdges(
                        graph,
                        List.of("a", "b"),
                        List.of("b", "c"),
                        Map.of("weight", cells(1, 2, 3))));
    }

    @GraphTest
    void addEdgesWithAMissingEndpointAddsNothing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        assertNodeNotFound(
                graph,
                "missing",
                addEdges(graph, List.of("a", "b", "c"), List.of("b", "c", "missing"), Map.of()));
        assertEquals(0, graph.edgeCount());
        assertFalse(graph.hasNode("missing"));
    }

    @GraphTest
    void addEdgesWithAnExistingEdgeAddsNothing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        graph.addEdge("b", "c", Map.of("k", 1));
        assertEdgeExists(
                graph,
                "b",
                "c",
                addEdges(graph, List.of("a", "b"), List.of("b", "c"), Map.of("k", cells(5, 6))));
    }

    @GraphTest
    void addEdgesListingAnEdgeTwiceAddsNothing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        assertEdgeExists(
                graph,
                "a",
                "b",
                addEdges(graph, List.of("a", "b", "a"), List.of("b", "c", "b"), Map.of()));
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    void addEdgesListingBothOrientationsOfAnUndirectedEdgeAddsNothing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b");
        assertEdgeExists(
                graph, "b", "a", addEdges(graph, List.of("a", "b"), List.of("b", "a"), Map.of()));
    }

    @GraphTest(GraphTest.Direction.DIRECTED)
    void addEdgesMayListBothDirectionsOnADirectedGraph(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b");
        graph.addEdges(List.of("a", "b"), List.of("b", "a"), Map.of());
        assertEquals(List.of(new Edge("a", "b"), new Edge("b", "a")), graph.edges());
    }

    @GraphTest
    void addEdgesWithInvalidIdsAddsNothing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b");
        assertEachFailsUnchanged(
                graph,
                NullPointerException.class,
                addEdges(graph, Arrays.asList("a", null), List.of("b", "a"), Map.of()),
                addEdges(graph, List.of("a", "b"), Arrays.asList("b", null), Map.of()));
        assertEachFailsUnchanged(
                graph,
                IllegalArgumentException.class,
                addEdges(graph, List.of("a", ""), List.of("b", "a"), Map.of()),
                addEdges(graph, List.of("a", "b"), List.of("b", ""), Map.of()));
    }

    @GraphTest
    void addEdgesWithAnUnsupportedValueAddsNothing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        Map<String, List<?>> unsupported = Map.of("when", cells(1, TestData.date()));
        assertArgumentErrorNaming(
                graph, "when", addEdges(graph, List.of("a", "b"), List.of("b", "c"), unsupported));
    }

    @GraphTest
    @Requires(Capability.SELF_LOOPS)
    void addEdgesMayIncludeSelfLoops(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b");
        graph.addEdges(List.of("a", "b", "b"), List.of("a", "a", "b"), Map.of());
        assertEquals(
                List.of(new Edge("a", "a"), new Edge("b", "a"), new Edge("b", "b")), graph.edges());
    }

    @GraphTest
    void addEdgesCopiesItsArguments(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        List<String> sources = new ArrayList<>(List.of("a"));
        List<String> targets = new ArrayList<>(List.of("b"));
        List<Object> column = cells(1);
        graph.addEdges(sources, targets, Map.of("k", column));
        sources.set(0, "c");
        targets.set(0, "c");
        column.set(0, 2);
        assertEquals(List.of(new Edge("a", "b", Map.of("k", 1L))), graph.edges());
    }

    /** The call {@code graph.addEdges(sources, targets, columns)}, to be refused. */
    private static Executable addEdges(
            Graph graph, List<String> sources, List<String> targets, Map<String, List<?>> columns) {
        return () -> graph.addEdges(sources, targets, columns);
    }
}
