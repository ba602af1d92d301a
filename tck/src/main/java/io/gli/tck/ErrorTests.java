package io.gli.tck;

import static io.gli.tck.Refusals.assertEach;
import static io.gli.tck.Refusals.assertEachFailsUnchanged;
import static io.gli.tck.Refusals.assertEdgeExists;
import static io.gli.tck.Refusals.assertEdgeNotFound;
import static io.gli.tck.Refusals.assertFailsUnchanged;
import static io.gli.tck.Refusals.assertMessageQuotes;
import static io.gli.tck.Refusals.assertNodeExists;
import static io.gli.tck.Refusals.assertNodeNotFound;
import static io.gli.tck.TestData.cells;
import static io.gli.tck.TestData.map;
import static io.gli.tck.TestData.withNodes;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Capability;
import io.gli.Edge;
import io.gli.EdgeExistsException;
import io.gli.EdgeNotFoundException;
import io.gli.Graph;
import io.gli.NodeExistsException;
import io.gli.NodeNotFoundException;
import io.gli.tck.Refusals.Call;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.function.Executable;

/**
 * Errors across the whole {@link Graph} interface: a null ID raises {@link NullPointerException}
 * and an empty one {@link IllegalArgumentException} in every method that takes one; missing and
 * existing elements raise the contract's exceptions, which name the element; argument errors are
 * reported before state errors; every failed call leaves the graph exactly as it was. And the other
 * side: IDs of any non-empty string (arrows, unicode, whitespace, control characters, very long)
 * are valid and round-trip unchanged.
 */
public class ErrorTests {

    /** A graph with nodes a and b (with attributes) and edge a-b (with attributes). */
    private static Graph sample(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNode("a", Map.of("k", 1));
        graph.addNode("b", Map.of("k", 2));
        graph.addEdge("a", "b", Map.of("w", 1));
        return graph;
    }

    /**
     * Every method taking a node ID but the removals, called with {@code id} in that place and
     * valid other arguments.
     */
    private static List<Call> nodeIdCalls(Graph graph, String id) {
        List<Call> calls =
                new ArrayList<>(
                        List.of(
                                new Call("addNode(id)", () -> graph.addNode(id)),
                                new Call(
                                        "addNode(id, map)",
                                        () -> graph.addNode(id, Map.of("k", 1))),
                                new Call(
                                        "addNodes(ids)",
                                        () -> graph.addNodes(Arrays.asList("fresh", id))),
                                new Call(
                                        "addNodes(ids, columns)",
                                        () ->
                                                graph.addNodes(
                                                        Arrays.asList("fresh", id),
                                                        Map.of("k", cells(1, 2)))),
                                new Call("mergeNode", () -> graph.mergeNode(id, Map.of("k", 1))),
                                new Call("hasNode", () -> graph.hasNode(id)),
                                new Call("successors", () -> graph.successors(id)),
                                new Call("predecessors", () -> graph.predecessors(id)),
                                new Call("neighbors", () -> graph.neighbors(id)),
                                new Call("outDegree", () -> graph.outDegree(id)),
                                new Call("inDegree", () -> graph.inDegree(id)),
                                new Call("degree", () -> graph.degree(id)),
                                new Call("batch addNode", () -> graph.batch(b -> b.addNode(id))),
                                new Call(
                                        "batch mergeNode",
                                        () -> graph.batch(b -> b.mergeNode(id, Map.of()))),
                                new Call(
                                        "batch setNodeAttribute",
                                        () -> graph.batch(b -> b.setNodeAttribute(id, "k", 1)))));
        calls.addAll(AttributeCalls.ofNode(graph, id));
        return calls;
    }

    /** The removals taking a node ID, which only a backend with {@code REMOVAL} has. */
    private static List<Call> nodeRemovalCalls(Graph graph, String id) {
        return List.of(
                new Call("removeNode", () -> graph.removeNode(id)),
                new Call("batch removeNode", () -> graph.batch(b -> b.removeNode(id))));
    }

    /**
     * Every method taking edge endpoints but the removals, with {@code source} and {@code target}
     * in their places.
     */
    private static List<Call> edgeCalls(Graph graph, String source, String target) {
        List<Call> calls =
                new ArrayList<>(
                        List.of(
                                new Call("addEdge(s, t)", () -> graph.addEdge(source, target)),
                                new Call(
                                        "addEdge(s, t, map)",
                                        () -> graph.addEdge(source, target, Map.of("w", 1))),
                                new Call(
                                        "addEdges",
                                        () ->
                                                graph.addEdges(
                                                        Arrays.asList(source),
                                                        Arrays.asList(target),
                                                        Map.of())),
                                new Call(
                                        "mergeEdge",
                                        () -> graph.mergeEdge(source, target, Map.of("w", 1))),
                                new Call("hasEdge", () -> graph.hasEdge(source, target)),
                                new Call(
                                        "batch addEdge",
                                        () -> graph.batch(b -> b.addEdge(source, target))),
                                new Call(
                                        "batch mergeEdge",
                                        () ->
                                                graph.batch(
                                                        b ->
                                                                b.mergeEdge(
                                                                        source, target, Map.of()))),
                                new Call(
                                        "batch setEdgeAttribute",
                                        () ->
                                                graph.batch(
                                                        b ->
                                                                b.setEdgeAttribute(
                                                                        source, target, "w", 1)))));
        calls.addAll(AttributeCalls.ofEdge(graph, source, target));
        return calls;
    }

    /** The removals taking edge endpoints, which only a backend with {@code REMOVAL} has. */
    private static List<Call> edgeRemovalCalls(Graph graph, String source, String target) {
        return List.of(
                new Call("removeEdge", () -> graph.removeEdge(source, target)),
                new Call("batch removeEdge", () -> graph.batch(b -> b.removeEdge(source, target))));
    }

    private static void assertEveryCallFails(
            Graph graph, List<Call> calls, Class<? extends Throwable> type) {
        assertEach(calls, c -> assertFailsUnchanged(graph, type, c));
    }

    // ---- invalid IDs

    @GraphTest
    void nullNodeIdIsRefusedEverywhere(Fixture fixture) {
        Graph graph = sample(fixture);
        assertEveryCallFails(graph, nodeIdCalls(graph, null), NullPointerException.class);
    }

    @GraphTest
    void emptyNodeIdIsRefusedEverywhere(Fixture fixture) {
        Graph graph = sample(fixture);
        assertEmptyIdIsAnArgumentError(graph, nodeIdCalls(graph, ""));
    }

    /**
     * Each call, made with an empty ID, fails with {@link IllegalArgumentException} and no state
     * error, changing nothing.
     */
    private static void assertEmptyIdIsAnArgumentError(Graph graph, List<Call> calls) {
        assertEveryCallFails(graph, calls, IllegalArgumentException.class);
        assertEach(
                calls,
                c -> {
                    Throwable e = assertThrows(Throwable.class, c.call(), c.name());
                    assertFalse(
                            e instanceof NodeExistsException || e instanceof NoSuchElementException,
                            () ->
                                    c.name()
                                            + ": the empty ID is an argument error, not a state error: "
                                            + e);
                });
    }

    @GraphTest
    void nullSourceIsRefusedEverywhere(Fixture fixture) {
        Graph graph = sample(fixture);
        assertEveryCallFails(graph, edgeCalls(graph, null, "b"), NullPointerException.class);
    }

    @GraphTest
    void nullTargetIsRefusedEverywhere(Fixture fixture) {
        Graph graph = sample(fixture);
        assertEveryCallFails(graph, edgeCalls(graph, "a", null), NullPointerException.class);
    }

    @GraphTest
    void emptySourceIsRefusedEverywhere(Fixture fixture) {
        Graph graph = sample(fixture);
        assertEveryCallFails(graph, edgeCalls(graph, "", "b"), IllegalArgumentException.class);
    }

    @GraphTest
    void emptyTargetIsRefusedEverywhere(Fixture fixture) {
        Graph graph = sample(fixture);
        assertEveryCallFails(graph, edgeCalls(graph, "a", ""), IllegalArgumentException.class);
    }

    @GraphTest
    void invalidIdIsReportedBeforeAMissingNode(Fixture fixture) {
        Graph graph = sample(fixture);
        assertInvalidIdIsReportedBeforeAMissingNode(graph, ErrorTests::edgeCalls);
    }

    /** Makes the calls of one family taking edge endpoints. */
    @FunctionalInterface
    private interface EdgeCallFamily {
        List<Call> calls(Graph graph, String source, String target);
    }

    private static void assertInvalidIdIsReportedBeforeAMissingNode(
            Graph graph, EdgeCallFamily family) {
        assertEveryCallFails(
                graph, family.calls(graph, "missing", ""), IllegalArgumentException.class);
        assertEveryCallFails(
                graph, family.calls(graph, "", "missing"), IllegalArgumentException.class);
        assertEveryCallFails(
                graph, family.calls(graph, "missing", null), NullPointerException.class);
        assertEveryCallFails(
                graph, family.calls(graph, null, "missing"), NullPointerException.class);
    }

    /**
     * The removals, which only a backend with {@code REMOVAL} has, refuse invalid IDs as every
     * other method does ({@link #nullNodeIdIsRefusedEverywhere} to {@link
     * #invalidIdIsReportedBeforeAMissingNode}).
     */
    @GraphTest
    @Requires(Capability.REMOVAL)
    void invalidIdsAreRefusedByRemovalsToo(Fixture fixture) {
        Graph graph = sample(fixture);
        assertEveryCallFails(graph, nodeRemovalCalls(graph, null), NullPointerException.class);
        assertEmptyIdIsAnArgumentError(graph, nodeRemovalCalls(graph, ""));
        assertEveryCallFails(graph, edgeRemovalCalls(graph, null, "b"), NullPointerException.class);
        assertEveryCallFails(graph, edgeRemovalCalls(graph, "a", null), NullPointerException.class);
        assertEveryCallFails(
                graph, edgeRemovalCalls(graph, "", "b"), IllegalArgumentException.class);
        assertEveryCallFails(
                graph, edgeRemovalCalls(graph, "a", ""), IllegalArgumentException.class);
        assertInvalidIdIsReportedBeforeAMissingNode(graph, ErrorTests::edgeRemovalCalls);
    }

    @GraphTest
    void invalidAttributeIsReportedBeforeAnExistingElement(Fixture fixture) {
        Graph graph = sample(fixture);
        assertEach(
                List.of(
                        new Call("addNode", () -> graph.addNode("a", map("bad", TestData.date()))),
                        new Call("addEdge", () -> graph.addEdge("a", "b", map("bad", null))),
                        new Call(
                                "addNodes",
                                () -> graph.addNodes(List.of("a"), Map.of("k", cells(1, 2)))),
                        new Call(
                                "addEdges",
                                () ->
                                        graph.addEdges(
                                                List.of("a"), List.of("b"), Map.of("", cells(1))))),
                c -> {
                    IllegalArgumentException e =
                            assertFailsUnchanged(graph, IllegalArgumentException.class, c);
                    assertFalse(
                            e instanceof NodeExistsException || e instanceof EdgeExistsException,
                            () -> c.name() + ": the invalid attribute comes first: " + e);
                });
    }

    @GraphTest
    void invalidAttributeIsReportedBeforeAMissingNode(Fixture fixture) {
        Graph graph = sample(fixture);
        assertEachFailsUnchanged(
                graph,
                IllegalArgumentException.class,
                () -> graph.addEdge("x", "y", map("bad", TestData.date())),
                () -> graph.mergeEdge("x", "y", map("bad", 'c')),
                () -> graph.updateNodeAttributes("x", map("", 1)),
                () -> graph.addEdges(List.of("x"), List.of("y", "z"), Map.of()));
    }

    @GraphTest
    void nullArgumentsOtherThanIdsAreRefused(Fixture fixture) {
        Graph graph = sample(fixture);
        Map<String, List<?>> nullColumn = new LinkedHashMap<>();
        nullColumn.put("k", null);
        assertEveryCallFails(
                graph,
                List.of(
                        new Call("addNode(id, null)", () -> graph.addNode("c", null)),
                        new Call("addNodes(null)", () -> graph.addNodes(null)),
                        new Call("addNodes(null, columns)", () -> graph.addNodes(null, Map.of())),
                        new Call("addNodes(ids, null)", () -> graph.addNodes(List.of("c"), null)),
                        new Call(
                                "addNodes(ids, null column)",
                                () -> graph.addNodes(List.of("c"), nullColumn)),
                        new Call("mergeNode(id, null)", () -> graph.mergeNode("c", null)),
                        new Call(
                                "updateNodeAttributes(id, null)",
                                () -> graph.updateNodeAttributes("a", null)),
                        new Call("addEdge(s, t, null)", () -> graph.addEdge("b", "a", null)),
                        new Call(
                                "addEdges(null, ...)",
                                () -> graph.addEdges(null, List.of("a"), Map.of())),
                        new Call(
                                "addEdges(..., null, ...)",
                                () -> graph.addEdges(List.of("b"), null, Map.of())),
                        new Call(
                                "addEdges(..., null)",
                                () -> graph.addEdges(List.of("b"), List.of("a"), null)),
                        new Call(
                                "addEdges(null column)",
                                () -> graph.addEdges(List.of("b"), List.of("a"), nullColumn)),
                        new Call("mergeEdge(s, t, null)", () -> graph.mergeEdge("a", "b", null)),
                        new Call(
                                "updateEdgeAttributes(s, t, null)",
                                () -> graph.updateEdgeAttributes("a", "b", null)),
                        new Call("batch(null)", () -> graph.batch(null))),
                NullPointerException.class);
    }

    // ---- missing and existing elements

    @GraphTest
    void missingNodeIsANoSuchElementNamingIt(Fixture fixture) {
        Graph graph = sample(fixture);
        assertMissingNodeIsANoSuchElementNamingIt(graph, nodeIdCalls(graph, "ghost"));
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void missingNodeIsANoSuchElementNamingItOnRemoval(Fixture fixture) {
        Graph graph = sample(fixture);
        assertMissingNodeIsANoSuchElementNamingIt(graph, nodeRemovalCalls(graph, "ghost"));
    }

    /** Each of the calls that read or change node "ghost", which is missing, names it. */
    private static void assertMissingNodeIsANoSuchElementNamingIt(
            Graph graph, List<Call> ghostCalls) {
        assertEach(
                readsAndChanges(ghostCalls),
                c -> {
                    NodeNotFoundException e = assertNodeNotFound(graph, "ghost", c);
                    assertInstanceOf(NoSuchElementException.class, e);
                    assertTrue(
                            e.getMessage().contains("ghost"),
                            () -> c.name() + ": " + e.getMessage());
                });
    }

    /**
     * The calls that read or change an existing element: not those that create one (add, merge:
     * their missing endpoint is tested apart), not {@code hasNode}/{@code hasEdge}, which answer
     * false, and not the batch ones, which wrap the failure in a {@link io.gli.BatchException}.
     */
    private static List<Call> readsAndChanges(List<Call> calls) {
        List<Call> kept = new ArrayList<>(calls);
        kept.removeIf(
                c ->
                        c.name().startsWith("add")
                                || c.name().contains("merge")
                                || c.name().startsWith("has")
                                || c.name().startsWith("batch"));
        return kept;
    }

    @GraphTest
    void missingEdgeIsANoSuchElementNamingIt(Fixture fixture) {
        Graph graph = sample(fixture);
        assertMissingEdgeIsANoSuchElementNamingIt(graph, edgeCalls(graph, "b", "ghost"));
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void missingEdgeIsANoSuchElementNamingItOnRemoval(Fixture fixture) {
        Graph graph = sample(fixture);
        assertMissingEdgeIsANoSuchElementNamingIt(graph, edgeRemovalCalls(graph, "b", "ghost"));
    }

    /** Each of the calls that read or change edge b to "ghost", which is missing, names it. */
    private static void assertMissingEdgeIsANoSuchElementNamingIt(
            Graph graph, List<Call> ghostCalls) {
        assertEach(
                readsAndChanges(ghostCalls),
                c -> {
                    EdgeNotFoundException e = assertEdgeNotFound(graph, "b", "ghost", c);
                    assertInstanceOf(NoSuchElementException.class, e);
                    assertMessageQuotes(e, "b", "ghost");
                });
    }

    @GraphTest
    void missingEndpointOfANewEdgeIsANoSuchElementNamingIt(Fixture fixture) {
        Graph graph = sample(fixture);
        List<Call> calls = new ArrayList<>(edgeCalls(graph, "a", "ghost"));
        calls.removeIf(c -> !(c.name().startsWith("add") || c.name().equals("mergeEdge")));
        assertEquals(4, calls.size());
        assertEach(
                calls,
                c ->
                        assertInstanceOf(
                                NoSuchElementException.class,
                                assertNodeNotFound(graph, "ghost", c)));
    }

    @GraphTest
    void existingNodeIsRefusedNamingIt(Fixture fixture) {
        Graph graph = sample(fixture);
        assertEach(
                List.of(
                        new Call("addNode(id)", () -> graph.addNode("b")),
                        new Call("addNode(id, map)", () -> graph.addNode("b", Map.of("k", 3))),
                        new Call("addNodes(ids)", () -> graph.addNodes(List.of("c", "b"))),
                        new Call(
                                "addNodes(ids, columns)",
                                () -> graph.addNodes(List.of("c", "b"), Map.of()))),
                c -> assertNodeExists(graph, "b", c));
        NodeExistsException e = assertThrows(NodeExistsException.class, () -> graph.addNode("b"));
        assertTrue(e.getMessage().contains("\"b\""), e.getMessage());
    }

    @GraphTest
    void existingEdgeIsRefusedNamingIt(Fixture fixture) {
        Graph graph = sample(fixture);
        List<Call> calls =
                List.of(
                        new Call("addEdge", () -> graph.addEdge("a", "b")),
                        new Call("addEdge attrs", () -> graph.addEdge("a", "b", Map.of("w", 5))),
                        new Call(
                                "addEdges",
                                () ->
                                        graph.addEdges(
                                                List.of("a"),
                                                List.of("b"),
                                                Map.of("w", cells(5)))));
        assertEach(calls, c -> assertMessageQuotes(assertEdgeExists(graph, "a", "b", c), "a", "b"));
    }

    @GraphTest
    void failedCallsOnABusyGraphChangeNothing(Fixture fixture) {
        Graph graph = fixture.open();
        for (int i = 0; i < 30; i++) {
            graph.addNode("n" + i, Map.of("i", i));
        }
        for (int i = 0; i < 29; i++) {
            graph.addEdge("n" + i, "n" + (i + 1), Map.of("i", i));
        }
        Snapshot before = Snapshot.of(graph);
        List<Executable> failing =
                List.of(
                        () -> graph.addNode("n5"),
                        () -> graph.addNodes(List.of("x1", "x2", "n29")),
                        () -> graph.addEdge("n0", "n1"),
                        () -> graph.addEdge("n0", "nowhere"),
                        () -> graph.addEdges(List.of("n0", "n0"), List.of("n5", "n1"), Map.of()),
                        () -> graph.mergeEdge("nowhere", "n0", Map.of("i", 1)),
                        () -> graph.setNodeAttribute("nowhere", "k", 1),
                        () -> graph.setEdgeAttribute("n0", "n2", "k", 1),
                        () -> graph.updateNodeAttributes("n3", map("ok", 1, "bad", new int[0])),
                        () ->
                                graph.batch(
                                        b ->
                                                b.addNode("x")
                                                        .removeNodeAttribute("n1", "i")
                                                        .addEdge("x", "nowhere")));
        for (Executable call : failing) {
            assertThrows(RuntimeException.class, call);
        }
        before.assertUnchanged(graph);
    }

    // ---- unusual IDs

    /** Valid IDs that a careless backend might mangle. */
    static List<String> unusualIds() {
        return List.of(
                "a->b",
                "->",
                "a -> b",
                "a--b",
                " ",
                "  ",
                "\t",
                "\n",
                "\r\n",
                " padded ",
                "\u0000",
                "\u0007",
                "nul\u0000inside",
                "\u007f",
                "\u001b[31m",
                "\u00e9",
                "e\u0301",
                "\u4e2d\u6587",
                "\u05e9\u05dc\u05d5\u05dd",
                "\uD83D\uDE00",
                "\uD83D\uDC68\u200D\uD83D\uDC69",
                "\uFEFF",
                "\u200B",
                "\"quoted\"",
                "back\\slash",
                "'",
                "null",
                "0",
                "-1",
                "%s",
                "${x}",
                "<tag/>",
                "x".repeat(100_000));
    }

    @GraphTest
    void unusualIdsAreValidNodeIds(Fixture fixture) {
        Graph graph = fixture.open();
        List<String> ids = unusualIds();
        for (String id : ids) {
            graph.addNode(id, Map.of("id", id));
        }
        assertEquals(ids, graph.nodes());
        assertEquals(ids.size(), graph.nodeCount());
        for (String id : ids) {
            assertTrue(
                    graph.hasNode(id),
                    () -> "hasNode " + Arrays.toString(id.chars().limit(20).toArray()));
            assertEquals(Map.of("id", id), graph.nodeAttributes(id));
        }
        assertFalse(graph.hasNode("a"));
        assertFalse(graph.hasNode("b"));
        assertFalse(graph.hasNode("x".repeat(99_999)));
    }

    @GraphTest
    void unusualIdsAreValidEndpoints(Fixture fixture) {
        Graph graph = fixture.open();
        List<String> ids = unusualIds();
        graph.addNode("hub");
        graph.addNodes(ids);
        List<Edge> expected = new ArrayList<>();
        for (String id : ids) {
            graph.addEdge("hub", id, Map.of("to", id));
            expected.add(new Edge("hub", id, Map.of("to", id)));
        }
        assertEquals(expected, graph.edges());
        assertEquals(ids, graph.successors("hub"));
        assertEquals(ids, graph.neighbors("hub"));
        for (String id : ids) {
            assertTrue(graph.hasEdge("hub", id));
            assertEquals(List.of("hub"), graph.neighbors(id));
            assertEquals(Map.of("to", id), graph.edgeAttributes("hub", id));
        }
    }

    @GraphTest
    void nodeNamedLikeAnEdgeIsOnlyANode(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "a->b");
        graph.addEdge("a", "b");
        assertEquals(List.of("a", "b", "a->b"), graph.nodes());
        assertEquals(0, graph.degree("a->b"));
        graph.addEdge("a->b", "a");
        assertEquals(List.of(new Edge("a", "b"), new Edge("a->b", "a")), graph.edges());
        assertEquals(!fixture.directed(), graph.hasEdge("a", "a->b"));
    }

    @GraphTest
    void unusualIdsAreNamedExactlyInExceptions(Fixture fixture) {
        Graph graph = fixture.open();
        assertAll(
                unusualIds().stream()
                        .<Executable>map(
                                id ->
                                        () -> {
                                            NodeNotFoundException missing =
                                                    assertThrows(
                                                            NodeNotFoundException.class,
                                                            () -> graph.nodeAttributes(id));
                                            assertEquals(id, missing.nodeId());
                                            graph.addNode(id);
                                            NodeExistsException exists =
                                                    assertThrows(
                                                            NodeExistsException.class,
                                                            () -> graph.addNode(id));
                                            assertEquals(id, exists.nodeId());
                                            EdgeNotFoundException edge =
                                                    assertThrows(
                                                            EdgeNotFoundException.class,
                                                            () -> graph.edgeAttributes(id, "zz"));
                                            assertEquals(id, edge.source());
                                            assertEquals("zz", edge.target());
                                            assertTrue(
                                                    missing.getMessage() != null
                                                            && !missing.getMessage().isEmpty());
                                        }));
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void unusualIdsSurviveRemovalAndReAdding(Fixture fixture) {
        Graph graph = fixture.open();
        List<String> ids = unusualIds();
        graph.addNodes(ids);
        for (int i = 0; i < ids.size(); i += 2) {
            graph.removeNode(ids.get(i));
        }
        List<String> expected = new ArrayList<>();
        for (int i = 1; i < ids.size(); i += 2) {
            expected.add(ids.get(i));
        }
        for (int i = 0; i < ids.size(); i += 2) {
            graph.addNode(ids.get(i));
            expected.add(ids.get(i));
        }
        assertEquals(expected, graph.nodes());
    }
}
