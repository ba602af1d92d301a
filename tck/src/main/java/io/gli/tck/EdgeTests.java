package io.gli.tck;

import static io.gli.tck.TestData.cells;
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
import io.gli.NodeNotFoundException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Graph graph = withNodes(fixture.open(), "a", "b");
        graph.addEdge("a", "b");
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
        graph.addEdge("c", "a");
        graph.addEdge("a", "d");
        graph.addEdge("d", "b");
        graph.addEdge("a", "b");
        graph.addEdge("b", "c");
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
        NodeNotFoundException e =
                Snapshot.assertFailsUnchanged(
                        graph, NodeNotFoundException.class, () -> graph.addEdge("a", "missing"));
        assertEquals("missing", e.nodeId());
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
        assertFalse(graph.hasNode("missing"), "nodes are never created implicitly");
    }

    @GraphTest
    void addEdgeWithMissingSourceCreatesNothing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        NodeNotFoundException e =
                Snapshot.assertFailsUnchanged(
                        graph,
                        NodeNotFoundException.class,
                        () -> graph.addEdge("missing", "a", Map.of("k", 1)));
        assertEquals("missing", e.nodeId());
        assertFalse(graph.hasNode("missing"));
    }

    @GraphTest
    void missingSourceIsReportedBeforeMissingTarget(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        assertAll(
                () ->
                        assertEquals(
                                "first",
                                Snapshot.assertFailsUnchanged(
                                                graph,
                                                NodeNotFoundException.class,
                                                () -> graph.addEdge("first", "second"))
                                        .nodeId()),
                () ->
                        assertEquals(
                                "first",
                                Snapshot.assertFailsUnchanged(
                                                graph,
                                                NodeNotFoundException.class,
                                                () ->
                                                        graph.addEdge(
                                                                "first", "second", Map.of("k", 1)))
                                        .nodeId()),
                () ->
                        assertEquals(
                                "first",
                                Snapshot.assertFailsUnchanged(
                                                graph,
                                                NodeNotFoundException.class,
                                                () -> graph.mergeEdge("first", "second", Map.of()))
                                        .nodeId()),
                () ->
                        assertEquals(
                                "first",
                                assertAddEdgesFailsUnchanged(
                                                graph,
                                                NodeNotFoundException.class,
                                                List.of("first"),
                                                List.of("second"),
                                                Map.of())
                                        .nodeId()),
                () ->
                        assertEquals(
                                "second",
                                assertAddEdgesFailsUnchanged(
                                                graph,
                                                NodeNotFoundException.class,
                                                List.of("second"),
                                                List.of("first"),
                                                Map.of())
                                        .nodeId()));
        assertEquals(List.of("a"), graph.nodes());
    }

    @GraphTest
    void addingAnExistingEdgeThrowsEdgeExists(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b");
        graph.addEdge("a", "b", Map.of("k", 1));
        EdgeExistsException e =
                Snapshot.assertFailsUnchanged(
                        graph,
                        EdgeExistsException.class,
                        () -> graph.addEdge("a", "b", Map.of("k", 2)));
        assertEquals("a", e.source());
        assertEquals("b", e.target());
        assertTrue(
                e.getMessage().contains("\"a\"") && e.getMessage().contains("\"b\""),
                e.getMessage());
        assertEquals(Map.of("k", 1L), graph.edgeAttributes("a", "b"));
        Snapshot.assertFailsUnchanged(
                graph, EdgeExistsException.class, () -> graph.addEdge("a", "b"));
    }

    @GraphTest
    void edgeExistsIsAnIllegalArgumentException(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b");
        graph.addEdge("a", "b");
        Snapshot.assertFailsUnchanged(
                graph, IllegalArgumentException.class, () -> graph.addEdge("a", "b"));
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void missingEndpointIsReportedBeforeAnExistingEdge(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b");
        graph.addEdge("a", "b");
        graph.removeNode("b");
        NodeNotFoundException e =
                Snapshot.assertFailsUnchanged(
                        graph, NodeNotFoundException.class, () -> graph.addEdge("a", "b"));
        assertEquals("b", e.nodeId());
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
        Graph graph = withNodes(fixture.open(), "a", "b");
        graph.addEdge("a", "b");
        graph.addEdge("b", "a");
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
        EdgeExistsException e =
                Snapshot.assertFailsUnchanged(
                        graph, EdgeExistsException.class, () -> graph.addEdge("b", "a"));
        assertEquals("b", e.source(), "the endpoints as the caller gave them");
        assertEquals("a", e.target());
        assertEquals(1, graph.edgeCount());
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    void undirectedEdgeKeepsTheOrientationItWasAddedIn(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        graph.addEdge("b", "a");
        graph.addEdge("c", "b");
        graph.addEdge("a", "c");
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
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        graph.addEdge("a", "b");
        graph.addEdge("b", "c");
        graph.removeEdge("b", "a");
        assertFalse(graph.hasEdge("a", "b"));
        assertFalse(graph.hasEdge("b", "a"));
        assertEquals(List.of(new Edge("b", "c")), graph.edges());
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    @Requires(Capability.REMOVAL)
    void reAddedUndirectedEdgeTakesItsNewOrientation(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        graph.addEdge("a", "b");
        graph.addEdge("a", "c");
        graph.removeEdge("a", "b");
        graph.addEdge("b", "a");
        assertEquals(List.of(new Edge("a", "c"), new Edge("b", "a")), graph.edges());
    }

    // ---- hasEdge

    @GraphTest
    void hasEdgeIsFalseWhenAnEndpointIsMissing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b");
        graph.addEdge("a", "b");
        assertFalse(graph.hasEdge("a", "missing"));
        assertFalse(graph.hasEdge("missing", "a"));
        assertFalse(graph.hasEdge("x", "y"));
        assertFalse(graph.hasEdge("a", "a"));
    }

    @GraphTest
    void hasEdgeIsFalseBetweenUnconnectedNodes(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        graph.addEdge("a", "b");
        assertFalse(graph.hasEdge("a", "c"));
        assertFalse(graph.hasEdge("c", "b"));
        assertEquals(!fixture.directed(), graph.hasEdge("b", "a"));
    }

    // ---- mergeEdge

    @GraphTest
    void mergeEdgeCreatesAMissingEdgeLast(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        graph.addEdge("a", "b");
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
        assertEquals(
                "missing",
                Snapshot.assertFailsUnchanged(
                                graph,
                                NodeNotFoundException.class,
                                () -> graph.mergeEdge("a", "missing", Map.of("k", 1)))
                        .nodeId());
        assertEquals(
                "missing",
                Snapshot.assertFailsUnchanged(
                                graph,
                                NodeNotFoundException.class,
                                () -> graph.mergeEdge("missing", "a", Map.of()))
                        .nodeId());
        assertEquals(List.of("a"), graph.nodes());
        assertEquals(0, graph.edgeCount());
    }

    // ---- removal

    @GraphTest
    @Requires(Capability.REMOVAL)
    void removeEdgeRemovesOnlyThatEdge(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        graph.addEdge("a", "b");
        graph.addEdge("b", "c");
        graph.addEdge("c", "a");
        graph.removeEdge("b", "c");
        assertFalse(graph.hasEdge("b", "c"));
        assertEquals(2, graph.edgeCount());
        assertEquals(List.of(new Edge("a", "b"), new Edge("c", "a")), graph.edges());
        assertEquals(List.of("a", "b", "c"), graph.nodes(), "the endpoints stay");
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void removeMissingEdgeThrowsEdgeNotFound(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        graph.addEdge("a", "b");
        EdgeNotFoundException e =
                Snapshot.assertFailsUnchanged(
                        graph, EdgeNotFoundException.class, () -> graph.removeEdge("a", "c"));
        assertEquals("a", e.source());
        assertEquals("c", e.target());
        assertTrue(
                e.getMessage().contains("\"a\"") && e.getMessage().contains("\"c\""),
                e.getMessage());
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void removeEdgeBetweenMissingNodesThrowsEdgeNotFound(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        EdgeNotFoundException e =
                Snapshot.assertFailsUnchanged(
                        graph, EdgeNotFoundException.class, () -> graph.removeEdge("x", "a"));
        assertEquals("x", e.source());
        assertEquals("a", e.target());
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void removeEdgeTwiceFailsTheSecondTime(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b");
        graph.addEdge("a", "b");
        graph.removeEdge("a", "b");
        Snapshot.assertFailsUnchanged(
                graph, EdgeNotFoundException.class, () -> graph.removeEdge("a", "b"));
        assertEquals(0, graph.edgeCount());
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void reAddedEdgeGoesLast(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        graph.addEdge("a", "b", Map.of("v", 1));
        graph.addEdge("b", "c");
        graph.removeEdge("a", "b");
        graph.addEdge("a", "b", Map.of("v", 2));
        assertEquals(
                List.of(new Edge("b", "c"), new Edge("a", "b", Map.of("v", 2L))), graph.edges());
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void mergeAfterRemoveCreatesTheEdgeAgainLast(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        graph.addEdge("a", "b", Map.of("old", 1));
        graph.addEdge("b", "c");
        graph.removeEdge("a", "b");
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
        Graph graph = withNodes(fixture.open(), "a", "b");
        graph.addEdge("a", "b");
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
        Graph graph = withNodes(fixture.open(), "a");
        graph.addEdge("a", "a");
        EdgeExistsException e =
                Snapshot.assertFailsUnchanged(
                        graph, EdgeExistsException.class, () -> graph.addEdge("a", "a"));
        assertEquals("a", e.source());
        assertEquals("a", e.target());
        assertFalse(graph.mergeEdge("a", "a", Map.of("k", 1)));
        assertEquals(1, graph.edgeCount());
    }

    @GraphTest
    @Requires({Capability.SELF_LOOPS, Capability.REMOVAL})
    void selfLoopCanBeRemoved(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        graph.addEdge("a", "a");
        graph.removeEdge("a", "a");
        assertFalse(graph.hasEdge("a", "a"));
        assertEquals(0, graph.edgeCount());
        assertEquals(List.of("a"), graph.nodes());
    }

    @GraphTest
    @Requires(Capability.SELF_LOOPS)
    void selfLoopOnAMissingNodeThrowsNodeNotFound(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        assertEquals(
                "x",
                Snapshot.assertFailsUnchanged(
                                graph, NodeNotFoundException.class, () -> graph.addEdge("x", "x"))
                        .nodeId());
    }

    // ---- addEdges

    @GraphTest
    void addEdgesAddsEveryEdgeInOrderWithItsAttributes(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c", "d");
        graph.addEdge("d", "a");
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
        assertAddEdgesFailsUnchanged(
                graph, IllegalArgumentException.class, List.of("a", "b"), List.of("b"), Map.of());
        assertAddEdgesFailsUnchanged(
                graph, IllegalArgumentException.class, List.of("a"), List.of("b", "c"), Map.of());
    }

    @GraphTest
    void addEdgesWithAColumnOfTheWrongLengthAddsNothing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        IllegalArgumentException e =
                assertAddEdgesFailsUnchanged(
                        graph,
                        IllegalArgumentException.class,
                        List.of("a", "b"),
                        List.of("b", "c"),
                        Map.of("weight", cells(1, 2, 3)));
        assertTrue(e.getMessage().contains("weight"), e.getMessage());
    }

    @GraphTest
    void addEdgesWithAMissingEndpointAddsNothing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        NodeNotFoundException e =
                assertAddEdgesFailsUnchanged(
                        graph,
                        NodeNotFoundException.class,
                        List.of("a", "b", "c"),
                        List.of("b", "c", "missing"),
                        Map.of());
        assertEquals("missing", e.nodeId());
        assertEquals(0, graph.edgeCount());
        assertFalse(graph.hasNode("missing"));
    }

    @GraphTest
    void addEdgesWithAnExistingEdgeAddsNothing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        graph.addEdge("b", "c", Map.of("k", 1));
        EdgeExistsException e =
                assertAddEdgesFailsUnchanged(
                        graph,
                        EdgeExistsException.class,
                        List.of("a", "b"),
                        List.of("b", "c"),
                        Map.of("k", cells(5, 6)));
        assertEquals("b", e.source());
        assertEquals("c", e.target());
    }

    @GraphTest
    void addEdgesListingAnEdgeTwiceAddsNothing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        EdgeExistsException e =
                assertAddEdgesFailsUnchanged(
                        graph,
                        EdgeExistsException.class,
                        List.of("a", "b", "a"),
                        List.of("b", "c", "b"),
                        Map.of());
        assertEquals("a", e.source());
        assertEquals("b", e.target());
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    void addEdgesListingBothOrientationsOfAnUndirectedEdgeAddsNothing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b");
        EdgeExistsException e =
                assertAddEdgesFailsUnchanged(
                        graph,
                        EdgeExistsException.class,
                        List.of("a", "b"),
                        List.of("b", "a"),
                        Map.of());
        assertEquals("b", e.source());
        assertEquals("a", e.target());
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
        assertAddEdgesFailsUnchanged(
                graph,
                NullPointerException.class,
                Arrays.asList("a", null),
                List.of("b", "a"),
                Map.of());
        assertAddEdgesFailsUnchanged(
                graph,
                NullPointerException.class,
                List.of("a", "b"),
                Arrays.asList("b", null),
                Map.of());
        assertAddEdgesFailsUnchanged(
                graph,
                IllegalArgumentException.class,
                List.of("a", ""),
                List.of("b", "a"),
                Map.of());
        assertAddEdgesFailsUnchanged(
                graph,
                IllegalArgumentException.class,
                List.of("a", "b"),
                List.of("b", ""),
                Map.of());
    }

    @GraphTest
    void addEdgesWithAnUnsupportedValueAddsNothing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        IllegalArgumentException e =
                assertAddEdgesFailsUnchanged(
                        graph,
                        IllegalArgumentException.class,
                        List.of("a", "b"),
                        List.of("b", "c"),
                        Map.of("when", cells(1, TestData.date())));
        assertTrue(e.getMessage().contains("when"), e.getMessage());
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

    /** {@code addEdges(sources, targets, columns)} fails with {@code type} and changes nothing. */
    private static <T extends Throwable> T assertAddEdgesFailsUnchanged(
            Graph graph,
            Class<T> type,
            List<String> sources,
            List<String> targets,
            Map<String, List<?>> columns) {
        return Snapshot.assertFailsUnchanged(
                graph, type, () -> graph.addEdges(sources, targets, columns));
    }
}
