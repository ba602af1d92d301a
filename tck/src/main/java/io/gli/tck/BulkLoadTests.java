package io.gli.tck;

import static io.gli.tck.Snapshot.assertFailsUnchanged;
import static io.gli.tck.TestData.withEdges;
import static io.gli.tck.TestData.withNodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.BatchException;
import io.gli.BulkLoad;
import io.gli.BulkLoad.OnDuplicate;
import io.gli.Capability;
import io.gli.Edge;
import io.gli.EdgeExistsException;
import io.gli.Graph;
import io.gli.NodeExistsException;
import io.gli.NodeNotFoundException;
import io.gli.Topology;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link Graph#bulkLoad}: chunks of nodes and edges added through a {@link BulkLoad}, each call
 * atomic in itself and the whole load one atomic unit. Covers every loader method, chunks that name
 * nodes of earlier calls, the three {@link OnDuplicate} modes for nodes and edges (within a call,
 * against the graph, and on an undirected graph the reverse of an edge), a failing call among good
 * ones, a body that throws (unchecked or checked), the int-index form, malformed calls, a loader
 * used after its body, and what a concurrent reader sees. {@link BulkLoadPropertyTests} compares
 * random loads with single adds on the {@link ReferenceModel}.
 */
public class BulkLoadTests {
    private static final OnDuplicate FAIL = OnDuplicate.FAIL;
    private static final OnDuplicate SKIP = OnDuplicate.SKIP;
    private static final OnDuplicate MERGE = OnDuplicate.MERGE;

    /** The caller's own checked exception, thrown from a body like a reader's I/O failure. */
    private static final class ReaderException extends IOException {
        private static final long serialVersionUID = 1L;

        ReaderException() {
            super("the file broke off");
        }
    }

    private static List<String> ids(String... ids) {
        return Arrays.asList(ids);
    }

    /** A column of values; entries may be null (no attribute). */
    private static List<Object> column(Object... values) {
        return Arrays.asList(values);
    }

    /** The {@link BatchException} a loader call throws, its row and its cause's type checked. */
    private static BatchException assertRowFails(
            int row, Class<? extends RuntimeException> cause, Runnable call) {
        BatchException e = assertThrows(BatchException.class, call::run);
        assertEquals(row, e.operationIndex(), () -> "the failing row, in " + e.getMessage());
        assertInstanceOf(cause, e.getCause(), e.getMessage());
        return e;
    }

    // ---- every method

    @GraphTest
    void everyLoaderMethodWorksInsideTheBody(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "old");
        graph.bulkLoad(
                load -> {
                    load.expect(3, 2);
                    assertEquals(1, load.nodeCount());
                    assertEquals(0, load.edgeCount());
                    load.addNodes(ids("a", "b", "c"), Map.of("w", column(1, null, 2.5f)), FAIL);
                    assertTrue(load.hasNode("a"));
                    assertTrue(load.hasNode("old"));
                    assertFalse(load.hasNode("d"));
                    load.addEdges(ids("a"), ids("b"), Map.of("k", column("x")), FAIL);
                    load.addEdges(
                            ids("old", "c", "b"),
                            new int[] {1, 0, 2},
                            new int[] {2, 1, 0},
                            2,
                            Map.of(),
                            FAIL);
                    assertTrue(load.hasEdge("a", "b"));
                    assertTrue(load.hasEdge("c", "b"));
                    assertTrue(load.hasEdge("old", "c"));
                    assertEquals(fixture.directed(), !load.hasEdge("b", "a"));
                    assertEquals(4, load.nodeCount());
                    assertEquals(3, load.edgeCount());
                });
        assertEquals(List.of("old", "a", "b", "c"), graph.nodes());
        assertEquals(Map.of("w", 1L), graph.nodeAttributes("a"));
        assertEquals(Map.of(), graph.nodeAttributes("b"));
        assertEquals(Map.of("w", 2.5), graph.nodeAttributes("c"));
        assertEquals(
                List.of(
                        new Edge("a", "b", Map.of("k", "x")),
                        new Edge("c", "b", Map.of()),
                        new Edge("old", "c", Map.of())),
                graph.edges());
    }

    @GraphTest
    void chunksAccumulateAndEdgesMayNameNodesOfEarlierCalls(Fixture fixture) {
        Graph graph = fixture.open();
        Graph twin = fixture.open();
        int chunks = 5;
        int perChunk = 40;
        graph.bulkLoad(
                load -> {
                    for (int c = 0; c < chunks; c++) {
                        List<String> chunk = new ArrayList<>();
                        List<Object> groups = new ArrayList<>();
                        for (int i = 0; i < perChunk; i++) {
                            chunk.add("n" + (c * perChunk + i));
                            groups.add((long) i % 3);
                        }
                        load.addNodes(chunk, Map.of("g", groups), FAIL);
                        // edges from every node of this chunk to the node one chunk back
                        if (c > 0) {
                            List<String> targets = new ArrayList<>();
                            for (int i = 0; i < perChunk; i++) {
                                targets.add("n" + ((c - 1) * perChunk + i));
                            }
                            load.addEdges(chunk, targets, Map.of(), FAIL);
                        }
                    }
                });
        for (int c = 0; c < chunks; c++) {
            for (int i = 0; i < perChunk; i++) {
                twin.addNode("n" + (c * perChunk + i), Map.of("g", (long) i % 3));
            }
            if (c > 0) {
                for (int i = 0; i < perChunk; i++) {
                    twin.addEdge("n" + (c * perChunk + i), "n" + ((c - 1) * perChunk + i));
                }
            }
        }
        Snapshot.of(twin).assertMatches(Snapshot.of(graph), "bulk load against single adds");
    }

    // ---- duplicates: nodes

    @GraphTest
    void failRefusesANodeOfTheGraphOrOneRepeatedInTheCall(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        Snapshot before = Snapshot.of(graph);
        graph.bulkLoad(
                load -> {
                    BatchException e =
                            assertRowFails(
                                    1,
                                    NodeExistsException.class,
                                    () -> load.addNodes(ids("x", "a", "y"), Map.of(), FAIL));
                    assertEquals("a", ((NodeExistsException) e.getCause()).nodeId());
                    assertFalse(load.hasNode("x"), "the failed call added nothing");
                    assertRowFails(
                            2,
                            NodeExistsException.class,
                            () -> load.addNodes(ids("x", "y", "x"), Map.of(), FAIL));
                    assertEquals(1, load.nodeCount());
                });
        before.assertUnchanged(graph);
    }

    @GraphTest
    void skipPassesOverExistingAndRepeatedNodesKeepingTheirAttributes(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNode("a", Map.of("v", 1L));
        graph.bulkLoad(
                load ->
                        load.addNodes(
                                ids("b", "a", "b", "c"), Map.of("v", column(2, 3, 4, null)), SKIP));
        assertEquals(List.of("a", "b", "c"), graph.nodes());
        assertEquals(Map.of("v", 1L), graph.nodeAttributes("a"));
        assertEquals(Map.of("v", 2L), graph.nodeAttributes("b"), "the first row wins");
        assertEquals(Map.of(), graph.nodeAttributes("c"));
    }

    @GraphTest
    void mergeSetsTheRowsAttributesOnExistingAndRepeatedNodes(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNode("a", Map.of("v", 1L, "keep", true));
        graph.bulkLoad(
                load ->
                        load.addNodes(
                                ids("b", "a", "b"),
                                Map.of("v", column(2, 3, null), "w", column(null, null, "x")),
                                MERGE));
        assertEquals(List.of("a", "b"), graph.nodes());
        assertEquals(Map.of("v", 3L, "keep", true), graph.nodeAttributes("a"));
        assertEquals(Map.of("v", 2L, "w", "x"), graph.nodeAttributes("b"));
    }

    // ---- duplicates: edges

    @GraphTest
    void failRefusesAnEdgeOfTheGraphOrOneRepeatedInTheCall(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b", "c"), "a->b");
        Snapshot before = Snapshot.of(graph);
        graph.bulkLoad(
                load -> {
                    assertRowFails(
                            1,
                            EdgeExistsException.class,
                            () -> load.addEdges(ids("b", "a"), ids("c", "b"), Map.of(), FAIL));
                    assertRowFails(
                            2,
                            EdgeExistsException.class,
                            () ->
                                    load.addEdges(
                                            ids("b", "c", "b"),
                                            ids("c", "a", "c"),
                                            Map.of(),
                                            FAIL));
                    assertEquals(1, load.edgeCount());
                });
        before.assertUnchanged(graph);
    }

    /**
     * Rows in runs from one source, as an edge list sorted by source has them: short runs and a
     * hub's long run, each with a repeat inside the run and one of an edge of the graph, at the
     * run's start, middle and end. A store may take a run as a unit; the rows must still count one
     * by one.
     */
    @GraphTest
    void runsOfRowsFromOneSourceAreCheckedRowByRow(Fixture fixture) {
        List<String> leaves = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            leaves.add("l" + i);
        }
        Graph graph = withNodes(fixture.open(), "hub", "a", "c");
        graph.addNodes(leaves, Map.of());
        graph.addEdge("hub", "l7", Map.of());
        graph.addEdge("a", "l2", Map.of());
        Snapshot before = Snapshot.of(graph);
        for (int length : new int[] {3, 5, 16, 17, 40}) {
            List<String> run = leaves.subList(0, length);
            for (int at : new int[] {1, length / 2, length - 1}) {
                List<String> repeated = new ArrayList<>(run);
                repeated.set(at, run.get(0)); // row `at` repeats row 0
                int row = at;
                graph.bulkLoad(
                        load ->
                                assertRowFails(
                                        row,
                                        EdgeExistsException.class,
                                        () ->
                                                load.addEdges(
                                                        Collections.nCopies(length, "c"),
                                                        repeated,
                                                        Map.of(),
                                                        FAIL)));
                before.assertUnchanged(graph);
            }
            int existing = length > 7 ? 7 : -1; // hub->l7 is in the graph
            if (existing >= 0) {
                graph.bulkLoad(
                        load ->
                                assertRowFails(
                                        existing,
                                        EdgeExistsException.class,
                                        () ->
                                                load.addEdges(
                                                        Collections.nCopies(length, "hub"),
                                                        run,
                                                        Map.of(),
                                                        FAIL)));
                before.assertUnchanged(graph);
            }
            graph.bulkLoad(
                    load ->
                            assertRowFails(
                                    2, // a->l2 is in the graph
                                    EdgeExistsException.class,
                                    () ->
                                            load.addEdges(
                                                    Collections.nCopies(length, "a"),
                                                    run,
                                                    Map.of(),
                                                    FAIL)));
            before.assertUnchanged(graph);
        }
        List<String> sources = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        List<Object> weights = new ArrayList<>();
        for (String source : List.of("hub", "a")) {
            for (int i = 0; i < 40; i++) {
                sources.add(source);
                targets.add(leaves.get(i % 25)); // leaves 0 to 14 twice
                weights.add(weights.size());
            }
        }
        for (int i = 0; i < 10; i++) {
            sources.add("c");
            targets.add(leaves.get(i % 6)); // short runs of repeats
            weights.add(weights.size());
        }
        graph.bulkLoad(load -> load.addEdges(sources, targets, Map.of("w", weights), SKIP));
        assertEquals(2 + 2 * 24 + 6, graph.edgeCount(), "each pair once, the graph's two kept");
        List<String> expected = new ArrayList<>(List.of("l7"));
        for (int i = 0; i < 25; i++) {
            if (i != 7) {
                expected.add(leaves.get(i));
            }
        }
        assertEquals(expected, graph.successors("hub"), "in the order first added");
        assertEquals(Map.of(), graph.edgeAttributes("hub", "l7"), "an existing edge passed over");
        assertEquals(Map.of("w", 1L), graph.edgeAttributes("hub", "l1"), "the first row's value");
        assertEquals(Map.of("w", 43L), graph.edgeAttributes("a", "l3"));
        assertEquals(leaves.subList(0, 6), graph.successors("c"));
        assertEquals(Map.of("w", 85L), graph.edgeAttributes("c", "l5"));
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    void onAnUndirectedGraphTheReverseOfAnEdgeRepeatsIt(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b", "c"), "a->b");
        graph.bulkLoad(
                load -> {
                    assertRowFails(
                            0,
                            EdgeExistsException.class,
                            () -> load.addEdges(ids("b"), ids("a"), Map.of(), FAIL));
                    assertRowFails(
                            1,
                            EdgeExistsException.class,
                            () -> load.addEdges(ids("b", "c"), ids("c", "b"), Map.of(), FAIL));
                    load.addEdges(ids("b", "c", "b"), ids("a", "b", "c"), Map.of(), SKIP);
                    assertEquals(2, load.edgeCount());
                    load.addEdges(ids("c"), ids("b"), Map.of("w", column(7)), MERGE);
                });
        assertEquals(
                List.of(new Edge("a", "b", Map.of()), new Edge("c", "b", Map.of("w", 7L))),
                graph.edges(),
                "each edge keeps the orientation it was first added in");
    }

    @GraphTest(GraphTest.Direction.DIRECTED)
    void onADirectedGraphTheReverseIsAnotherEdge(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b"), "a->b");
        graph.bulkLoad(load -> load.addEdges(ids("b"), ids("a"), Map.of(), FAIL));
        assertEquals(2, graph.edgeCount());
    }

    @GraphTest
    void skipAndMergeOfEdges(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        graph.addEdge("a", "b", Map.of("w", 1L, "keep", "k"));
        graph.bulkLoad(
                load -> {
                    load.addEdges(
                            ids("a", "b", "b"),
                            ids("b", "c", "c"),
                            Map.of("w", column(5, 6, 7)),
                            SKIP);
                    load.addEdges(ids("a", "c"), ids("b", "a"), Map.of("w", column(8, 9)), MERGE);
                });
        assertEquals(
                List.of(
                        new Edge("a", "b", Map.of("w", 8L, "keep", "k")),
                        new Edge("b", "c", Map.of("w", 6L)),
                        new Edge("c", "a", Map.of("w", 9L))),
                graph.edges());
    }

    @GraphTest
    void missingEndpointsFailInEveryModeAndAreNeverCreated(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b");
        Snapshot before = Snapshot.of(graph);
        graph.bulkLoad(
                load -> {
                    for (OnDuplicate mode : OnDuplicate.values()) {
                        BatchException e =
                                assertRowFails(
                                        1,
                                        NodeNotFoundException.class,
                                        () ->
                                                load.addEdges(
                                                        ids("a", "b"),
                                                        ids("b", "ghost"),
                                                        Map.of(),
                                                        mode));
                        assertEquals("ghost", ((NodeNotFoundException) e.getCause()).nodeId());
                        assertRowFails(
                                0,
                                NodeNotFoundException.class,
                                () -> load.addEdges(ids("ghost"), ids("a"), Map.of(), mode));
                    }
                    assertFalse(load.hasNode("ghost"));
                });
        before.assertUnchanged(graph);
    }

    @GraphTest
    @Requires(Capability.SELF_LOOPS)
    void selfLoopsLoadWhereTheBackendHasThem(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b");
        graph.bulkLoad(
                load -> {
                    load.addEdges(ids("a"), ids("a"), Map.of(), FAIL);
                    load.addEdges(ids("b", "a"), new int[] {0}, new int[] {0}, 1, Map.of(), FAIL);
                });
        assertTrue(graph.hasEdge("a", "a"));
        assertTrue(graph.hasEdge("b", "b"));
    }

    @GraphTest
    @RequiresLacking(Capability.SELF_LOOPS)
    void selfLoopsAreRefusedWhereTheBackendLacksThem(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b");
        Snapshot before = Snapshot.of(graph);
        graph.bulkLoad(
                load -> {
                    assertRowFails(
                            1,
                            UnsupportedOperationException.class,
                            () -> load.addEdges(ids("a", "b"), ids("b", "b"), Map.of(), FAIL));
                    assertRowFails(
                            0,
                            UnsupportedOperationException.class,
                            () ->
                                    load.addEdges(
                                            ids("a", "a"),
                                            new int[] {0},
                                            new int[] {1},
                                            1,
                                            Map.of(),
                                            SKIP));
                });
        before.assertUnchanged(graph);
    }

    // ---- a failing call among good ones; a failing body

    @GraphTest
    void aBadRowInTheThirdCallUndoesThatCallOnlyUntilTheBodyFails(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "old");
        graph.addNode("kept", Map.of("v", 1L));
        Snapshot before = Snapshot.of(graph);
        AtomicReference<BatchException> caught = new AtomicReference<>();
        BatchException thrown =
                assertThrows(
                        BatchException.class,
                        () ->
                                graph.bulkLoad(
                                        load -> {
                                            load.addNodes(ids("a", "b"), Map.of(), FAIL);
                                            load.addNodes(
                                                    ids("kept"), Map.of("v", column(2)), MERGE);
                                            try {
                                                load.addEdges(
                                                        ids("a", "b", "a"),
                                                        ids("b", "old", "b"),
                                                        Map.of(),
                                                        FAIL);
                                            } catch (BatchException e) {
                                                caught.set(e);
                                                assertEquals(2, e.operationIndex());
                                                assertEquals(0, load.edgeCount());
                                                assertTrue(load.hasNode("a"), "call 1 stays");
                                                assertEquals(3 + 1, load.nodeCount());
                                                throw e;
                                            }
                                        }));
        assertSame(caught.get(), thrown, "the body's exception propagates as it is");
        before.assertUnchanged(graph);
    }

    @GraphTest
    void aBodyThatCatchesAFailedCallKeepsTheRest(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        graph.bulkLoad(
                load -> {
                    load.addNodes(ids("b"), Map.of(), FAIL);
                    assertThrows(
                            BatchException.class,
                            () -> load.addNodes(ids("c", "a"), Map.of(), FAIL));
                    load.addNodes(ids("d"), Map.of(), FAIL);
                });
        assertEquals(List.of("a", "b", "d"), graph.nodes());
    }

    /** A graph with some history, so that undoing must restore more than emptiness. */
    private static Graph populated(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b", "c"), "a->b b->c");
        graph.addNode("d", Map.of("v", 1L, "s", "x"));
        graph.setEdgeAttribute("a", "b", "w", 2.5);
        return graph;
    }

    /** A body that does a bit of everything, then throws {@code failure}. */
    private static <X extends Exception> BulkLoad.Body<X> everythingThenThrow(X failure) {
        return load -> {
            load.expect(10, 10);
            load.addNodes(ids("e", "f"), Map.of("v", column(5, null)), FAIL);
            load.addNodes(ids("d", "g"), Map.of("v", column(6, 7)), MERGE);
            load.addNodes(ids("a", "h"), Map.of(), SKIP);
            load.addEdges(ids("e", "f"), ids("a", "e"), Map.of("w", column(1, 2)), FAIL);
            load.addEdges(ids("a", "g"), ids("b", "h"), Map.of("w", column(9, 9)), MERGE);
            load.addEdges(ids("f", "e"), new int[] {0, 1}, new int[] {1, 1}, 1, Map.of(), SKIP);
            throw failure;
        };
    }

    @GraphTest
    void aBodyThrowingAnUncheckedExceptionLeavesTheGraphAsItWas(Fixture fixture) {
        Graph graph = populated(fixture);
        IllegalStateException failure = new IllegalStateException("the caller's own");
        IllegalStateException thrown =
                assertFailsUnchanged(
                        graph,
                        IllegalStateException.class,
                        () -> graph.bulkLoad(everythingThenThrow(failure)));
        assertSame(failure, thrown);
        afterwardsBehavesLikeATwin(fixture, graph);
    }

    @GraphTest
    void aBodyThrowingACheckedExceptionLeavesTheGraphAsItWas(Fixture fixture) {
        Graph graph = populated(fixture);
        ReaderException failure = new ReaderException();
        ReaderException thrown =
                assertFailsUnchanged(
                        graph,
                        ReaderException.class,
                        () -> graph.bulkLoad(everythingThenThrow(failure)));
        assertSame(failure, thrown);
        afterwardsBehavesLikeATwin(fixture, graph);
    }

    @GraphTest
    void aBodyThrowingAnErrorLeavesTheGraphAsItWas(Fixture fixture) {
        Graph graph = populated(fixture);
        AssertionError failure = new AssertionError("the caller's own error");
        AssertionError thrown =
                assertFailsUnchanged(
                        graph,
                        AssertionError.class,
                        () ->
                                graph.bulkLoad(
                                        load -> {
                                            load.addNodes(ids("z"), Map.of(), FAIL);
                                            throw failure;
                                        }));
        assertSame(failure, thrown);
    }

    /** After the undone load, the graph takes the same load and ends as a fresh twin does. */
    private static void afterwardsBehavesLikeATwin(Fixture fixture, Graph graph) {
        Graph twin = populated(fixture);
        BulkLoad.Body<RuntimeException> good =
                load -> {
                    load.addNodes(ids("e", "f"), Map.of("v", column(5, null)), FAIL);
                    load.addEdges(ids("e", "f"), ids("a", "e"), Map.of(), FAIL);
                };
        graph.bulkLoad(good);
        twin.bulkLoad(good);
        Snapshot.of(twin).assertMatches(Snapshot.of(graph), "after a failed load");
    }

    // ---- the int-index form and malformed calls

    @GraphTest
    void theIndexFormResolvesPositionsInItsIdList(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c", "d");
        graph.bulkLoad(
                load -> {
                    List<String> file = ids("c", "b", "a", "d");
                    load.addEdges(
                            file,
                            new int[] {2, 0, 1, 99},
                            new int[] {1, 2, 0, 99},
                            3,
                            Map.of("w", column(1, 2, 3)),
                            FAIL);
                    assertRowFails(
                            1,
                            EdgeExistsException.class,
                            () ->
                                    load.addEdges(
                                            file,
                                            new int[] {3, 2},
                                            new int[] {2, 1},
                                            2,
                                            Map.of(),
                                            FAIL));
                    assertRowFails(
                            0,
                            NodeNotFoundException.class,
                            () ->
                                    load.addEdges(
                                            ids("a", "ghost"),
                                            new int[] {0},
                                            new int[] {1},
                                            1,
                                            Map.of(),
                                            FAIL));
                });
        assertEquals(
                List.of(
                        new Edge("a", "b", Map.of("w", 1L)),
                        new Edge("c", "a", Map.of("w", 2L)),
                        new Edge("b", "c", Map.of("w", 3L))),
                graph.edges());
    }

    @GraphTest
    void malformedCallsAreRefusedAndChangeNothing(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b");
        Snapshot before = Snapshot.of(graph);
        graph.bulkLoad(
                load -> {
                    List<String> two = ids("a", "b");
                    assertThrows(
                            IndexOutOfBoundsException.class,
                            () ->
                                    load.addEdges(
                                            two,
                                            new int[] {0, 2},
                                            new int[] {1, 0},
                                            2,
                                            Map.of(),
                                            FAIL));
                    assertThrows(
                            IndexOutOfBoundsException.class,
                            () ->
                                    load.addEdges(
                                            two, new int[] {0}, new int[] {-1}, 1, Map.of(), FAIL));
                    assertThrows(
                            IndexOutOfBoundsException.class,
                            () ->
                                    load.addEdges(
                                            two, new int[] {0}, new int[] {1}, 2, Map.of(), FAIL));
                    assertThrows(
                            IllegalArgumentException.class,
                            () -> load.addNodes(ids("x", "y"), Map.of("v", column(1)), FAIL));
                    assertThrows(
                            IllegalArgumentException.class,
                            () -> load.addEdges(ids("a", "b"), ids("b"), Map.of(), FAIL));
                    assertThrows(
                            IllegalArgumentException.class,
                            () ->
                                    load.addEdges(
                                            ids("a"), ids("b"), Map.of("w", column(1, 2)), FAIL));
                    assertThrows(IllegalArgumentException.class, () -> load.expect(-1, 0));
                    assertThrows(
                            NullPointerException.class,
                            () -> load.addNodes(ids("x"), Map.of(), null));
                    assertRowFails(
                            1,
                            IllegalArgumentException.class,
                            () -> load.addNodes(ids("x", ""), Map.of(), FAIL));
                    assertRowFails(
                            1,
                            NullPointerException.class,
                            () -> load.addNodes(ids("x", null), Map.of(), SKIP));
                    assertRowFails(
                            2,
                            IllegalArgumentException.class,
                            () ->
                                    load.addNodes(
                                            ids("x", "y", "z"),
                                            Map.of("v", column(1, null, new Object())),
                                            MERGE));
                    assertRowFails(
                            0,
                            NullPointerException.class,
                            () ->
                                    load.addEdges(
                                            ids("a", null),
                                            new int[] {1},
                                            new int[] {0},
                                            1,
                                            Map.of(),
                                            FAIL));
                    assertFalse(load.hasNode("x"));
                });
        before.assertUnchanged(graph);
    }

    @GraphTest
    void aLoaderIsRefusedOutsideItsBody(Fixture fixture) throws InterruptedException {
        Graph graph = fixture.open();
        AtomicReference<BulkLoad> escaped = new AtomicReference<>();
        AtomicReference<Throwable> fromOtherThread = new AtomicReference<>();
        graph.bulkLoad(
                load -> {
                    escaped.set(load);
                    Thread other =
                            new Thread(
                                    () -> {
                                        try {
                                            load.addNodes(ids("x"), Map.of(), FAIL);
                                        } catch (Throwable t) {
                                            fromOtherThread.set(t);
                                        }
                                    });
                    other.start();
                    try {
                        other.join();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    load.addNodes(ids("a"), Map.of(), FAIL);
                });
        assertInstanceOf(IllegalStateException.class, fromOtherThread.get());
        BulkLoad load = escaped.get();
        Snapshot before = Snapshot.of(graph);
        assertThrows(IllegalStateException.class, () -> load.addNodes(ids("b"), Map.of(), FAIL));
        assertThrows(IllegalStateException.class, () -> load.nodeCount());
        assertThrows(IllegalStateException.class, () -> load.hasNode("a"));
        before.assertUnchanged(graph);
        assertThrows(NullPointerException.class, () -> graph.bulkLoad(null));
    }

    // ---- concurrency

    @GraphTest
    void aConcurrentReaderSeesTheGraphBeforeOrAfterALoadNeverBetween(Fixture fixture)
            throws InterruptedException {
        Graph graph = withNodes(fixture.open(), "hub");
        int loads = 60;
        int perLoad = 10;
        ConcurrencyTests.whileWriting(
                () -> {
                    for (int j = 0; j < loads; j++) {
                        int base = j * perLoad;
                        List<String> chunk = new ArrayList<>();
                        for (int i = 0; i < perLoad; i++) {
                            chunk.add("x" + (base + i));
                        }
                        boolean fail = j % 3 == 2;
                        try {
                            graph.bulkLoad(
                                    load -> {
                                        for (String id : chunk) {
                                            load.addNodes(List.of(id), Map.of(), FAIL);
                                            load.addEdges(
                                                    List.of("hub"), List.of(id), Map.of(), FAIL);
                                        }
                                        if (fail) {
                                            throw new IllegalStateException("undo this load");
                                        }
                                    });
                        } catch (IllegalStateException expected) {
                            // every third load is undone: the reader must not see it either
                        }
                    }
                },
                List.of(
                        () -> {
                            Topology seen = graph.topology();
                            int nodes = seen.nodeCount();
                            assertEquals(0, (nodes - 1) % perLoad, () -> "nodes seen: " + nodes);
                            assertEquals(nodes - 1, seen.edgeCount(), "edges seen");
                            for (String id : seen.ids()) {
                                int n = id.equals("hub") ? -1 : Integer.parseInt(id.substring(1));
                                assertTrue(n / perLoad % 3 != 2, "an undone load seen: " + id);
                            }
                        }));
        assertEquals(1 + loads / 3 * 2 * perLoad, graph.nodeCount());
    }

    /** Columns as the caller's reader reuses them: the loader must have copied what it keeps. */
    @GraphTest
    void theCallersListsMayBeReusedAfterACall(Fixture fixture) {
        Graph graph = fixture.open();
        graph.bulkLoad(
                load -> {
                    List<String> chunk = new ArrayList<>(List.of("a", "b"));
                    List<Object> values = new ArrayList<>(List.of(1L, 2L));
                    Map<String, List<Object>> columns = new HashMap<>(Map.of("v", values));
                    load.addNodes(chunk, columns, FAIL);
                    chunk.set(0, "c");
                    chunk.set(1, "d");
                    values.set(0, 3L);
                    values.set(1, 4L);
                    load.addNodes(chunk, columns, FAIL);
                });
        assertEquals(List.of("a", "b", "c", "d"), graph.nodes());
        assertEquals(Map.of("v", 1L), graph.nodeAttributes("a"));
        assertEquals(Map.of("v", 4L), graph.nodeAttributes("d"));
    }
}
