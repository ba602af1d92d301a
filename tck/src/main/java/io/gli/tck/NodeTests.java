package io.gli.tck;

import static io.gli.tck.Refusals.assertArgumentErrorNaming;
import static io.gli.tck.Refusals.assertFailsUnchanged;
import static io.gli.tck.Refusals.assertMessageQuotes;
import static io.gli.tck.Refusals.assertNodeExists;
import static io.gli.tck.Refusals.assertNodeNotFound;
import static io.gli.tck.TestData.cells;
import static io.gli.tck.TestData.withEdges;
import static io.gli.tck.TestData.withNodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Capability;
import io.gli.Edge;
import io.gli.Graph;
import io.gli.NodeExistsException;
import io.gli.NodeNotFoundException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Nodes: adding one at a time and in bulk (with and without attribute columns), merging,
 * membership, removal with incident edges, counting, and the node order (insertion order of the
 * nodes present; a re-added node goes last, a merged one keeps its place).
 */
public class NodeTests {

    @GraphTest
    void newGraphIsEmpty(Fixture fixture) {
        Graph graph = fixture.open();
        assertEquals(0, graph.nodeCount());
        assertEquals(List.of(), graph.nodes());
        assertEquals(0, graph.edgeCount());
        assertEquals(List.of(), graph.edges());
        assertEquals(fixture.directed(), graph.isDirected());
    }

    @GraphTest
    void addNodeCreatesNodeWithoutAttributes(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNode("a");
        assertTrue(graph.hasNode("a"));
        assertEquals(1, graph.nodeCount());
        assertEquals(List.of("a"), graph.nodes());
        assertEquals(Map.of(), graph.nodeAttributes("a"));
    }

    @GraphTest
    void addNodeWithAttributesStoresThem(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNode("a", Map.of("name", "Ann", "age", 31, "score", 2.5, "admin", true));
        assertEquals(
                Map.of("name", "Ann", "age", 31L, "score", 2.5, "admin", true),
                graph.nodeAttributes("a"));
    }

    @GraphTest
    void addNodeWithEmptyAttributeMapAddsBareNode(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNode("a", Map.of());
        assertTrue(graph.hasNode("a"));
        assertEquals(Map.of(), graph.nodeAttributes("a"));
    }

    @GraphTest
    void addNodeTwiceThrowsNodeExists(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNode("a", Map.of("k", 1));
        assertMessageQuotes(assertNodeExists(graph, "a", () -> graph.addNode("a")), "a");
        assertEquals(Map.of("k", 1L), graph.nodeAttributes("a"));
    }

    @GraphTest
    void addNodeWithAttributesOnExistingNodeReplacesNothing(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNode("a", Map.of("k", 1, "keep", "yes"));
        assertNodeExists(graph, "a", () -> graph.addNode("a", Map.of("k", 2, "new", true)));
        assertEquals(Map.of("k", 1L, "keep", "yes"), graph.nodeAttributes("a"));
    }

    @GraphTest
    void nodesIterateInInsertionOrder(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "m", "z", "a", "10", "9", "100", "B", "b");
        assertEquals(List.of("m", "z", "a", "10", "9", "100", "B", "b"), graph.nodes());
    }

    @GraphTest
    void manyNodesKeepTheirOrder(Fixture fixture) {
        Graph graph = fixture.open();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String id = "n" + ((i * 7919) % 2_000);
            expected.add(id);
            graph.addNode(id);
        }
        assertEquals(2_000, graph.nodeCount());
        assertEquals(expected, graph.nodes());
        for (String id : expected) {
            assertTrue(graph.hasNode(id), id);
        }
    }

    @GraphTest
    void hasNodeIsFalseForMissingNodes(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        assertFalse(graph.hasNode("b"));
        assertFalse(graph.hasNode("A"));
        assertFalse(graph.hasNode("a "));
        assertFalse(graph.hasNode(" a"));
    }

    @GraphTest
    void idsDifferingInCaseOrWhitespaceAreDistinctNodes(Fixture fixture) {
        Graph graph =
                withNodes(fixture.open(), "a", "A", "a ", " a", "a\u0000", "\u00e1", "a\u0301");
        assertEquals(7, graph.nodeCount());
        assertEquals(List.of("a", "A", "a ", " a", "a\u0000", "\u00e1", "a\u0301"), graph.nodes());
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void nodeCountTracksAddsAndRemoves(Fixture fixture) {
        Graph graph = fixture.open();
        assertEquals(0, graph.nodeCount());
        withNodes(graph, "a", "b", "c");
        assertEquals(3, graph.nodeCount());
        graph.removeNode("b");
        assertEquals(2, graph.nodeCount());
        graph.mergeNode("d", Map.of());
        assertEquals(3, graph.nodeCount());
        graph.mergeNode("a", Map.of("k", 1));
        assertEquals(3, graph.nodeCount());
    }

    // ---- addNodes(Collection)

    @GraphTest
    void addNodesAddsAllInOrderAfterExistingNodes(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "x");
        graph.addNodes(List.of("c", "a", "b"));
        assertEquals(List.of("x", "c", "a", "b"), graph.nodes());
        for (String id : List.of("a", "b", "c")) {
            assertEquals(Map.of(), graph.nodeAttributes(id));
        }
    }

    @GraphTest
    void addNodesTakesAnyCollectionInItsIterationOrder(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNodes(new java.util.LinkedHashSet<>(List.of("c", "a", "b")));
        graph.addNodes(new java.util.ArrayDeque<>(List.of("z", "y")));
        assertEquals(List.of("c", "a", "b", "z", "y"), graph.nodes());
    }

    @GraphTest
    void addNodesWithEmptyCollectionDoesNothing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "x");
        graph.addNodes(List.of());
        assertEquals(List.of("x"), graph.nodes());
    }

    @GraphTest
    void addNodesWithAnExistingNodeAddsNothing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "b");
        assertNodeExists(graph, "b", () -> graph.addNodes(List.of("a", "b", "c")));
        assertFalse(graph.hasNode("a"));
        assertFalse(graph.hasNode("c"));
    }

    @GraphTest
    void addNodesListingANodeTwiceAddsNothing(Fixture fixture) {
        Graph graph = fixture.open();
        assertNodeExists(graph, "a", () -> graph.addNodes(List.of("a", "b", "a")));
        assertEquals(List.of(), graph.nodes());
    }

    @GraphTest
    void addNodesWithNullIdAddsNothing(Fixture fixture) {
        Graph graph = fixture.open();
        assertFailsUnchanged(
                graph,
                NullPointerException.class,
                () -> graph.addNodes(Arrays.asList("a", null, "b")));
        assertEquals(List.of(), graph.nodes());
    }

    @GraphTest
    void addNodesWithEmptyIdAddsNothing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "z");
        assertFailsUnchanged(
                graph, IllegalArgumentException.class, () -> graph.addNodes(List.of("a", "", "b")));
        assertEquals(List.of("z"), graph.nodes());
    }

    @GraphTest
    void addNodesInvalidIdIsReportedBeforeExistingNode(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        IllegalArgumentException e =
                assertFailsUnchanged(
                        graph,
                        IllegalArgumentException.class,
                        () -> graph.addNodes(List.of("a", "")));
        assertFalse(
                e instanceof NodeExistsException,
                "the empty ID is an argument error and comes first: " + e);
    }

    // ---- addNodes(List, columns)

    @GraphTest
    void addNodesWithColumnsSetsAttributesRowByRow(Fixture fixture) {
        Graph graph = fixture.open();
        Map<String, List<?>> columns = new LinkedHashMap<>();
        columns.put("name", cells("Ann", "Bob", "Cy"));
        columns.put("age", cells(31, 42L, 7));
        columns.put("ok", cells(true, false, true));
        graph.addNodes(List.of("a", "b", "c"), columns);
        assertEquals(List.of("a", "b", "c"), graph.nodes());
        assertEquals(Map.of("name", "Ann", "age", 31L, "ok", true), graph.nodeAttributes("a"));
        assertEquals(Map.of("name", "Bob", "age", 42L, "ok", false), graph.nodeAttributes("b"));
        assertEquals(Map.of("name", "Cy", "age", 7L, "ok", true), graph.nodeAttributes("c"));
    }

    @GraphTest
    void addNodesWithColumnsTreatsNullCellsAsAbsent(Fixture fixture) {
        Graph graph = fixture.open();
        Map<String, List<?>> columns = new LinkedHashMap<>();
        columns.put("x", cells(1, null, 3));
        columns.put("y", cells(null, "b", null));
        columns.put("never", cells(null, null, null));
        graph.addNodes(List.of("a", "b", "c"), columns);
        assertEquals(Map.of("x", 1L), graph.nodeAttributes("a"));
        assertEquals(Map.of("y", "b"), graph.nodeAttributes("b"));
        assertEquals(Map.of("x", 3L), graph.nodeAttributes("c"));
        assertEquals(java.util.Optional.empty(), graph.nodeAttribute("b", "x"));
        assertEquals(java.util.Optional.empty(), graph.nodeAttribute("a", "never"));
    }

    @GraphTest
    void addNodesWithNoColumnsAddsBareNodes(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "first");
        graph.addNodes(List.of("a", "b"), Map.of());
        assertEquals(List.of("first", "a", "b"), graph.nodes());
        assertEquals(Map.of(), graph.nodeAttributes("a"));
        assertEquals(Map.of(), graph.nodeAttributes("b"));
    }

    @GraphTest
    void addNodesWithColumnsWidensValues(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNodes(
                List.of("a", "b"), Map.of("v", cells((byte) 1, 2.5f), "w", cells((short) 3, 4)));
        assertEquals(Map.of("v", 1L, "w", 3L), graph.nodeAttributes("a"));
        assertEquals(Map.of("v", 2.5, "w", 4L), graph.nodeAttributes("b"));
    }

    @GraphTest
    void addNodesWithEmptyIdListAndEmptyColumnsDoesNothing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        graph.addNodes(List.of(), Map.of("k", List.of()));
        assertEquals(List.of("a"), graph.nodes());
    }

    @GraphTest
    void addNodesWithShortColumnAddsNothing(Fixture fixture) {
        Graph graph = fixture.open();
        assertArgumentErrorNaming(
                graph,
                "weight",
                () -> graph.addNodes(List.of("a", "b", "c"), Map.of("weight", cells(1, 2))));
        assertEquals(List.of(), graph.nodes());
    }

    @GraphTest
    void addNodesWithLongColumnAddsNothing(Fixture fixture) {
        Graph graph = fixture.open();
        assertArgumentErrorNaming(
                graph, "weight", () -> graph.addNodes(List.of("a"), Map.of("weight", cells(1, 2))));
    }

    @GraphTest
    void addNodesWithColumnsAndExistingNodeAddsNothing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "c");
        assertNodeExists(
                graph,
                "c",
                () -> graph.addNodes(List.of("a", "b", "c"), Map.of("k", cells(1, 2, 3))));
        assertEquals(Map.of(), graph.nodeAttributes("c"));
    }

    @GraphTest
    void addNodesWithColumnsListingANodeTwiceAddsNothing(Fixture fixture) {
        Graph graph = fixture.open();
        assertNodeExists(
                graph,
                "b",
                () -> graph.addNodes(List.of("a", "b", "b"), Map.of("k", cells(1, 2, 3))));
    }

    @GraphTest
    void addNodesWithColumnsAndUnsupportedValueAddsNothing(Fixture fixture) {
        Graph graph = fixture.open();
        Map<String, List<?>> unsupported = Map.of("when", cells("today", TestData.date()));
        assertArgumentErrorNaming(
                graph, "when", () -> graph.addNodes(List.of("a", "b"), unsupported));
    }

    @GraphTest
    void addNodesWithEmptyColumnKeyAddsNothing(Fixture fixture) {
        Graph graph = fixture.open();
        assertFailsUnchanged(
                graph,
                IllegalArgumentException.class,
                () -> graph.addNodes(List.of("a"), Map.of("", cells(1))));
    }

    @GraphTest
    void addNodesWithNullColumnKeyAddsNothing(Fixture fixture) {
        Graph graph = fixture.open();
        Map<String, List<?>> columns = new java.util.HashMap<>();
        columns.put(null, cells(1));
        assertFailsUnchanged(
                graph, IllegalArgumentException.class, () -> graph.addNodes(List.of("a"), columns));
    }

    @GraphTest
    void addNodesWithColumnsCopiesTheColumns(Fixture fixture) {
        Graph graph = fixture.open();
        List<String> ids = new ArrayList<>(List.of("a", "b"));
        List<Object> column = cells(1, 2);
        graph.addNodes(ids, Map.of("k", column));
        ids.set(0, "z");
        column.set(1, 99);
        assertEquals(List.of("a", "b"), graph.nodes());
        assertEquals(Map.of("k", 2L), graph.nodeAttributes("b"));
    }

    // ---- mergeNode

    @GraphTest
    void mergeNodeCreatesMissingNodeLast(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        assertTrue(graph.mergeNode("b", Map.of("k", 1)));
        assertEquals(List.of("a", "b"), graph.nodes());
        assertEquals(Map.of("k", 1L), graph.nodeAttributes("b"));
    }

    @GraphTest
    void mergeNodeWithEmptyMapCreatesBareNode(Fixture fixture) {
        Graph graph = fixture.open();
        assertTrue(graph.mergeNode("a", Map.of()));
        assertEquals(Map.of(), graph.nodeAttributes("a"));
    }

    @GraphTest
    void mergeNodeUpdatesExistingNodeKeepingOtherAttributesAndPlace(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNode("a", Map.of("keep", "x", "change", 1));
        graph.addNode("b");
        assertFalse(graph.mergeNode("a", Map.of("change", 2, "new", true)));
        assertEquals(List.of("a", "b"), graph.nodes());
        assertEquals(Map.of("keep", "x", "change", 2L, "new", true), graph.nodeAttributes("a"));
    }

    @GraphTest
    void mergeNodeWithEmptyMapOnExistingNodeChangesNothing(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNode("a", Map.of("k", "v"));
        graph.addNode("b");
        Snapshot before = Snapshot.of(graph);
        assertFalse(graph.mergeNode("a", Map.of()));
        before.assertUnchanged(graph);
    }

    @GraphTest
    void mergeNodeKeepsIncidentEdges(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b");
        graph.addEdge("a", "b", Map.of("w", 1));
        assertFalse(graph.mergeNode("a", Map.of("k", 1)));
        assertEquals(List.of(new Edge("a", "b", Map.of("w", 1L))), graph.edges());
    }

    @GraphTest
    void mergeNodeTwiceReportsCreationOnlyOnce(Fixture fixture) {
        Graph graph = fixture.open();
        assertTrue(graph.mergeNode("a", Map.of("n", 1)));
        assertFalse(graph.mergeNode("a", Map.of("n", 2)));
        assertFalse(graph.mergeNode("a", Map.of("n", 3)));
        assertEquals(Map.of("n", 3L), graph.nodeAttributes("a"));
        assertEquals(1, graph.nodeCount());
    }

    // ---- removeNode

    @GraphTest
    @Requires(Capability.REMOVAL)
    void removeNodeRemovesOnlyThatNode(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        graph.removeNode("b");
        assertFalse(graph.hasNode("b"));
        assertEquals(List.of("a", "c"), graph.nodes());
        assertThrows(NodeNotFoundException.class, () -> graph.nodeAttributes("b"));
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void removeNodeRemovesEveryIncidentEdge(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c", "d");
        withEdges(graph, "a->b c->d b->c d->a c->a");
        graph.removeNode("a");
        assertEquals(List.of(new Edge("c", "d"), new Edge("b", "c")), graph.edges());
        assertEquals(2, graph.edgeCount());
        assertFalse(graph.hasEdge("a", "b"));
        assertFalse(graph.hasEdge("d", "a"));
        assertFalse(graph.hasEdge("c", "a"));
        assertEquals(List.of("c"), graph.neighbors("b"));
        assertEquals(List.of("d", "b"), graph.neighbors("c"));
        assertEquals(List.of("c"), graph.neighbors("d"));
    }

    @GraphTest
    @Requires({Capability.REMOVAL, Capability.SELF_LOOPS})
    void removeNodeRemovesItsSelfLoop(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b"), "a->a a->b b->b");
        graph.removeNode("a");
        assertEquals(List.of(new Edge("b", "b")), graph.edges());
        assertEquals(List.of("b"), graph.neighbors("b"));
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void removeMissingNodeThrowsNodeNotFound(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        assertNodeNotFound(graph, "b", () -> graph.removeNode("b"));
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void removeNodeTwiceFailsTheSecondTime(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b");
        graph.removeNode("a");
        assertNodeNotFound(graph, "a", () -> graph.removeNode("a"));
        assertEquals(List.of("b"), graph.nodes());
    }

    /**
     * Nodes b and c, left after removing node a, which came first, with attribute old=1 and edges a
     * to b and c to a.
     */
    private static Graph withFirstNodeRemoved(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNode("a", Map.of("old", 1));
        withEdges(withNodes(graph, "b", "c"), "a->b c->a");
        graph.removeNode("a");
        return graph;
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void reAddedNodeGoesLastWithNothingFromBefore(Fixture fixture) {
        Graph graph = withFirstNodeRemoved(fixture);
        graph.addNode("a");
        assertEquals(List.of("b", "c", "a"), graph.nodes());
        assertEquals(Map.of(), graph.nodeAttributes("a"));
        assertEquals(List.of(), graph.edges());
        assertEquals(List.of(), graph.neighbors("a"));
        assertEquals(0, graph.degree("a"));
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void mergeAfterRemoveCreatesTheNodeAgainLast(Fixture fixture) {
        Graph graph = withFirstNodeRemoved(fixture);
        assertTrue(graph.mergeNode("a", Map.of("new", 2)));
        assertEquals(List.of("b", "c", "a"), graph.nodes());
        assertEquals(Map.of("new", 2L), graph.nodeAttributes("a"));
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void removingEveryNodeEmptiesTheGraph(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b", "c"), "a->b b->c");
        for (String id : List.of("b", "c", "a")) {
            graph.removeNode(id);
        }
        assertEquals(0, graph.nodeCount());
        assertEquals(0, graph.edgeCount());
        assertEquals(List.of(), graph.nodes());
        assertEquals(List.of(), graph.edges());
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void removeNodeInTheMiddleKeepsTheOrderOfTheRest(Fixture fixture) {
        Graph graph = fixture.open();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            graph.addNode("n" + i);
            expected.add("n" + i);
        }
        for (int i = 0; i < 100; i += 3) {
            graph.removeNode("n" + i);
            expected.remove("n" + i);
        }
        assertEquals(expected, graph.nodes());
        assertEquals(expected.size(), graph.nodeCount());
    }
}
