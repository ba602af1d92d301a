package io.gli.tck;

import static io.gli.tck.TestData.withNodes;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Batch;
import io.gli.BatchException;
import io.gli.Capability;
import io.gli.Edge;
import io.gli.EdgeExistsException;
import io.gli.EdgeNotFoundException;
import io.gli.Graph;
import io.gli.NodeExistsException;
import io.gli.NodeNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Batches, in both forms ({@code graph.batch(b -> ...)} and {@code openBatch()} with an explicit
 * commit): all staged operations apply as one unit, in order, each meeting the graph as the earlier
 * ones left it; an invalid operation applies nothing and raises a {@link BatchException} naming it
 * with the operation's own exception as cause; an exception from the caller's code propagates
 * unchanged and applies nothing; staged changes stay invisible until applied; a batch is finished
 * once committed or closed.
 */
public class BatchTests {

    /** A graph with nodes a, b, c (attributes on a), edges a-b (with an attribute) and b-c. */
    private static Graph sample(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNode("a", Map.of("name", "A", "n", 1));
        graph.addNode("b");
        graph.addNode("c", Map.of("flag", true));
        graph.addEdge("a", "b", Map.of("w", 1.5));
        graph.addEdge("b", "c");
        return graph;
    }

    /** Runs the batch, expects it to fail, checks nothing changed, and returns the exception. */
    private static BatchException assertBatchFails(Graph graph, Consumer<Batch> operations) {
        return Snapshot.assertFailsUnchanged(
                graph, BatchException.class, () -> graph.batch(operations), "the failed batch");
    }

    private static void assertFailure(
            BatchException e,
            int index,
            Class<? extends RuntimeException> cause,
            String... inOperation) {
        assertEquals(index, e.operationIndex(), "operationIndex()");
        assertInstanceOf(cause, e.getCause(), "getCause()");
        String operation = e.operation();
        for (String text : inOperation) {
            assertTrue(
                    operation.contains(text),
                    () -> "operation() does not mention " + text + ": " + operation);
        }
        assertTrue(
                e.getMessage().contains(e.getCause().getMessage()),
                () -> "message lacks the cause: " + e.getMessage());
    }

    // ---- applying

    @GraphTest
    void lambdaBatchAppliesEveryOperationInOrder(Fixture fixture) {
        Graph graph = sample(fixture);
        graph.batch(
                b ->
                        b.addNode("d", Map.of("k", 1))
                                .addNode("e")
                                .addEdge("d", "e", Map.of("w", 2))
                                .addEdge("c", "d")
                                .setNodeAttribute("a", "n", 2)
                                .updateNodeAttributes("b", Map.of("x", "y"))
                                .removeNodeAttribute("c", "flag")
                                .mergeNode("a", Map.of("m", true))
                                .mergeEdge("a", "b", Map.of("w", 3)));
        assertEquals(List.of("a", "b", "c", "d", "e"), graph.nodes());
        assertEquals(
                List.of(
                        new Edge("a", "b", Map.of("w", 3L)),
                        new Edge("b", "c"),
                        new Edge("d", "e", Map.of("w", 2L)),
                        new Edge("c", "d")),
                graph.edges());
        assertEquals(Map.of("name", "A", "n", 2L, "m", true), graph.nodeAttributes("a"));
        assertEquals(Map.of("x", "y"), graph.nodeAttributes("b"));
        assertEquals(Map.of(), graph.nodeAttributes("c"));
        assertEquals(Map.of("k", 1L), graph.nodeAttributes("d"));
    }

    @GraphTest
    void explicitBatchAppliesOnCommit(Fixture fixture) {
        Graph graph = fixture.open();
        try (Batch batch = graph.openBatch()) {
            batch.addNode("a").addNode("b").addEdge("a", "b", Map.of("k", 1));
            batch.setEdgeAttribute("a", "b", "k", 2);
            batch.commit();
        }
        assertEquals(List.of("a", "b"), graph.nodes());
        assertEquals(List.of(new Edge("a", "b", Map.of("k", 2L))), graph.edges());
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void batchGivesTheSameResultAsTheSameCallsMadeOneByOne(Fixture fixture) {
        Graph one = sample(fixture);
        Graph batched = sample(fixture);
        one.addNode("d", Map.of("k", 1));
        one.addEdge("d", "a");
        one.removeNode("b");
        one.addNode("b", Map.of("again", true));
        one.addEdge("a", "b");
        one.updateEdgeAttributes("d", "a", Map.of("w", 9));
        one.removeEdgeAttribute("a", "b", "none");
        one.mergeEdge("c", "b", Map.of("m", 1));
        one.removeEdge("d", "a");
        one.addEdge("a", "d");
        batched.batch(
                b ->
                        b.addNode("d", Map.of("k", 1))
                                .addEdge("d", "a")
                                .removeNode("b")
                                .addNode("b", Map.of("again", true))
                                .addEdge("a", "b")
                                .updateEdgeAttributes("d", "a", Map.of("w", 9))
                                .removeEdgeAttribute("a", "b", "none")
                                .mergeEdge("c", "b", Map.of("m", 1))
                                .removeEdge("d", "a")
                                .addEdge("a", "d"));
        Snapshot.of(one).assertMatches(Snapshot.of(batched), "batch vs single calls");
    }

    @GraphTest
    void stagingMethodsReturnTheBatchAndCountOperations(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        try (Batch batch = graph.openBatch()) {
            assertEquals(0, batch.size());
            assertSame(batch, batch.addNode("b"));
            assertSame(batch, batch.addEdge("a", "b"));
            assertSame(batch, batch.setNodeAttribute("a", "k", 1));
            assertEquals(3, batch.size());
            batch.commit();
        }
        assertTrue(graph.hasEdge("a", "b"));
    }

    @GraphTest
    void emptyBatchesChangeNothing(Fixture fixture) {
        Graph graph = sample(fixture);
        Snapshot before = Snapshot.of(graph);
        graph.batch(b -> {});
        try (Batch batch = graph.openBatch()) {
            batch.commit();
        }
        before.assertUnchanged(graph);
    }

    // ---- later operations see earlier ones

    @GraphTest
    void edgeMayJoinANodeAddedEarlierInTheBatch(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        graph.batch(
                b ->
                        b.addNode("new")
                                .addEdge("a", "new")
                                .setNodeAttribute("new", "k", 1)
                                .setEdgeAttribute("a", "new", "w", 2));
        assertEquals(List.of(new Edge("a", "new", Map.of("w", 2L))), graph.edges());
        assertEquals(Map.of("k", 1L), graph.nodeAttributes("new"));
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void nodeRemovedInTheBatchMayBeAddedAgain(Fixture fixture) {
        Graph graph = sample(fixture);
        graph.batch(b -> b.removeNode("a").addNode("a", Map.of("fresh", true)));
        assertEquals(List.of("b", "c", "a"), graph.nodes());
        assertEquals(Map.of("fresh", true), graph.nodeAttributes("a"));
        assertEquals(List.of(new Edge("b", "c")), graph.edges());
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void removingANodeDropsTheEdgesAddedEarlierInTheBatch(Fixture fixture) {
        Graph graph = sample(fixture);
        graph.batch(
                b ->
                        b.addNode("x")
                                .addEdge("c", "x")
                                .addEdge("x", "a")
                                .removeNode("x")
                                .addNode("x")
                                .addEdge("c", "x", Map.of("second", true)));
        assertEquals(
                List.of(
                        new Edge("a", "b", Map.of("w", 1.5)),
                        new Edge("b", "c"),
                        new Edge("c", "x", Map.of("second", true))),
                graph.edges());
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void removingANodeDropsItsExistingEdgesForLaterOperations(Fixture fixture) {
        Graph graph = sample(fixture);
        graph.batch(b -> b.removeNode("b").addNode("b").addEdge("a", "b").addEdge("c", "b"));
        assertEquals(List.of(new Edge("a", "b"), new Edge("c", "b")), graph.edges());
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void edgeRemovedInTheBatchMayBeAddedAgain(Fixture fixture) {
        Graph graph = sample(fixture);
        graph.batch(b -> b.removeEdge("a", "b").addEdge("a", "b", Map.of("w", 7)));
        assertEquals(
                List.of(new Edge("b", "c"), new Edge("a", "b", Map.of("w", 7L))), graph.edges());
    }

    @GraphTest
    void mergeInTheBatchSeesEarlierOperations(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        graph.batch(
                b ->
                        b.mergeNode("b", Map.of("k", 1))
                                .mergeNode("b", Map.of("j", 2))
                                .mergeEdge("a", "b", Map.of())
                                .mergeEdge("a", "b", Map.of("w", 1)));
        assertEquals(Map.of("k", 1L, "j", 2L), graph.nodeAttributes("b"));
        assertEquals(List.of(new Edge("a", "b", Map.of("w", 1L))), graph.edges());
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    @Requires(Capability.REMOVAL)
    void undirectedBatchTreatsBothOrientationsAlike(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        graph.batch(
                b ->
                        b.addEdge("b", "a")
                                .setEdgeAttribute("a", "b", "k", 1)
                                .addEdge("a", "c")
                                .removeEdge("c", "a"));
        assertEquals(List.of(new Edge("b", "a", Map.of("k", 1L))), graph.edges());
    }

    @GraphTest
    @Requires({Capability.SELF_LOOPS, Capability.REMOVAL})
    void selfLoopsInABatch(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        graph.batch(b -> b.addEdge("a", "a").addNode("b").addEdge("b", "b").removeNode("a"));
        assertEquals(List.of(new Edge("b", "b")), graph.edges());
        assertEquals(List.of("b"), graph.nodes());
    }

    // ---- failures

    @GraphTest
    void edgeToAMissingNodeFailsTheWholeBatch(Fixture fixture) {
        Graph graph = sample(fixture);
        BatchException e =
                assertBatchFails(
                        graph,
                        b ->
                                b.addNode("d")
                                        .setNodeAttribute("a", "n", 99)
                                        .addEdge("d", "a")
                                        .addEdge("a", "missing")
                                        .addNode("e"));
        assertFailure(e, 3, NodeNotFoundException.class, "addEdge", "missing");
        assertEquals("missing", ((NodeNotFoundException) e.getCause()).nodeId());
        assertFalse(graph.hasNode("d"));
    }

    @GraphTest
    void missingSourceIsReportedBeforeMissingTargetInABatch(Fixture fixture) {
        Graph graph = sample(fixture);
        BatchException e = assertBatchFails(graph, b -> b.addEdge("first", "second"));
        assertFailure(e, 0, NodeNotFoundException.class, "addEdge", "first", "second");
        assertEquals("first", ((NodeNotFoundException) e.getCause()).nodeId());
        BatchException m =
                assertBatchFails(
                        graph, b -> b.addNode("first").mergeEdge("first", "second", Map.of()));
        assertFailure(m, 1, NodeNotFoundException.class, "mergeEdge", "first", "second");
        assertEquals("second", ((NodeNotFoundException) m.getCause()).nodeId());
    }

    @GraphTest
    void existingNodeFailsTheWholeBatch(Fixture fixture) {
        Graph graph = sample(fixture);
        BatchException e = assertBatchFails(graph, b -> b.addNode("d").addNode("b"));
        assertFailure(e, 1, NodeExistsException.class, "addNode", "b");
        assertEquals("b", ((NodeExistsException) e.getCause()).nodeId());
    }

    @GraphTest
    void nodeAddedTwiceInTheBatchFailsIt(Fixture fixture) {
        Graph graph = sample(fixture);
        BatchException e = assertBatchFails(graph, b -> b.addNode("d").addNode("x").addNode("d"));
        assertFailure(e, 2, NodeExistsException.class, "addNode", "d");
    }

    @GraphTest
    void existingEdgeFailsTheWholeBatch(Fixture fixture) {
        Graph graph = sample(fixture);
        BatchException e = assertBatchFails(graph, b -> b.addEdge("c", "a").addEdge("a", "b"));
        assertFailure(e, 1, EdgeExistsException.class, "addEdge", "a", "b");
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    void reversedEdgeAddedInTheSameUndirectedBatchFailsIt(Fixture fixture) {
        Graph graph = sample(fixture);
        BatchException e = assertBatchFails(graph, b -> b.addEdge("c", "a").addEdge("a", "c"));
        assertFailure(e, 1, EdgeExistsException.class, "addEdge");
        EdgeExistsException cause = (EdgeExistsException) e.getCause();
        assertEquals("a", cause.source());
        assertEquals("c", cause.target());
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void operationOnANodeRemovedEarlierInTheBatchFailsIt(Fixture fixture) {
        Graph graph = sample(fixture);
        BatchException e =
                assertBatchFails(graph, b -> b.removeNode("c").setNodeAttribute("c", "k", 1));
        assertFailure(e, 1, NodeNotFoundException.class, "c");
        assertEquals("c", ((NodeNotFoundException) e.getCause()).nodeId());
        BatchException edge = assertBatchFails(graph, b -> b.removeNode("c").addEdge("a", "c"));
        assertFailure(edge, 1, NodeNotFoundException.class, "addEdge", "c");
        BatchException twice = assertBatchFails(graph, b -> b.removeNode("c").removeNode("c"));
        assertFailure(twice, 1, NodeNotFoundException.class, "removeNode", "c");
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void edgeOfANodeRemovedEarlierInTheBatchIsGone(Fixture fixture) {
        Graph graph = sample(fixture);
        BatchException e =
                assertBatchFails(graph, b -> b.removeNode("a").addNode("a").removeEdge("a", "b"));
        assertFailure(e, 2, EdgeNotFoundException.class, "removeEdge", "a", "b");
        EdgeNotFoundException cause = (EdgeNotFoundException) e.getCause();
        assertEquals("a", cause.source());
        assertEquals("b", cause.target());
        BatchException attribute =
                assertBatchFails(
                        graph,
                        b -> b.removeNode("b").addNode("b").setEdgeAttribute("a", "b", "w", 1));
        assertFailure(attribute, 2, EdgeNotFoundException.class, "a", "b");
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void edgeAddedAndRemovedInTheBatchIsGone(Fixture fixture) {
        Graph graph = sample(fixture);
        BatchException e =
                assertBatchFails(
                        graph,
                        b ->
                                b.addEdge("c", "a")
                                        .removeEdge("c", "a")
                                        .updateEdgeAttributes("c", "a", Map.of("k", 1)));
        assertFailure(e, 2, EdgeNotFoundException.class, "c", "a");
    }

    @GraphTest
    void missingEdgeFailsTheWholeBatch(Fixture fixture) {
        Graph graph = sample(fixture);
        BatchException e =
                assertBatchFails(
                        graph,
                        b -> b.setNodeAttribute("a", "n", 5).removeEdgeAttribute("a", "c", "w"));
        assertFailure(e, 1, EdgeNotFoundException.class, "removeEdgeAttribute", "a", "c");
    }

    @GraphTest
    void firstInvalidOperationIsTheOneReported(Fixture fixture) {
        Graph graph = sample(fixture);
        BatchException e =
                assertBatchFails(graph, b -> b.addNode("ok").addNode("a").addEdge("x", "y"));
        assertFailure(e, 1, NodeExistsException.class, "addNode", "a");
        BatchException first = assertBatchFails(graph, b -> b.addEdge("x", "y").addNode("a"));
        assertFailure(first, 0, NodeNotFoundException.class, "addEdge", "x", "y");
    }

    @GraphTest
    void failureAfterManyOperationsAppliesNone(Fixture fixture) {
        Graph graph = sample(fixture);
        BatchException e =
                assertBatchFails(
                        graph,
                        b -> {
                            for (int i = 0; i < 200; i++) {
                                b.addNode("n" + i, Map.of("i", i));
                                b.setNodeAttribute("a", "i", i);
                                if (i > 0) {
                                    b.addEdge("n" + (i - 1), "n" + i);
                                }
                            }
                            b.addNode("n7");
                        });
        assertEquals(200 * 3 - 1, e.operationIndex());
        assertInstanceOf(NodeExistsException.class, e.getCause());
        assertEquals(3, graph.nodeCount());
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void operationNamesEachKindOfStagedCall(Fixture fixture) {
        Graph graph = sample(fixture);
        assertAll(
                () ->
                        assertFailure(
                                assertBatchFails(graph, b -> b.addNode("b")),
                                0,
                                NodeExistsException.class,
                                "addNode",
                                "b"),
                () ->
                        assertFailure(
                                assertBatchFails(graph, b -> b.addNode("a", Map.of("k", 1))),
                                0,
                                NodeExistsException.class,
                                "addNode",
                                "a"),
                () ->
                        assertFailure(
                                assertBatchFails(graph, b -> b.setNodeAttribute("zz", "k", 1)),
                                0,
                                NodeNotFoundException.class,
                                "setNodeAttribute",
                                "zz"),
                () ->
                        assertFailure(
                                assertBatchFails(
                                        graph, b -> b.updateNodeAttributes("zz", Map.of())),
                                0,
                                NodeNotFoundException.class,
                                "updateNodeAttributes",
                                "zz"),
                () ->
                        assertFailure(
                                assertBatchFails(graph, b -> b.removeNodeAttribute("zz", "k")),
                                0,
                                NodeNotFoundException.class,
                                "removeNodeAttribute",
                                "zz"),
                () ->
                        assertFailure(
                                assertBatchFails(graph, b -> b.removeNode("zz")),
                                0,
                                NodeNotFoundException.class,
                                "removeNode",
                                "zz"),
                () ->
                        assertFailure(
                                assertBatchFails(graph, b -> b.addEdge("a", "zz")),
                                0,
                                NodeNotFoundException.class,
                                "addEdge",
                                "a",
                                "zz"),
                () ->
                        assertFailure(
                                assertBatchFails(graph, b -> b.mergeEdge("zz", "a", Map.of())),
                                0,
                                NodeNotFoundException.class,
                                "mergeEdge",
                                "zz",
                                "a"),
                () ->
                        assertFailure(
                                assertBatchFails(graph, b -> b.setEdgeAttribute("a", "zz", "k", 1)),
                                0,
                                EdgeNotFoundException.class,
                                "setEdgeAttribute",
                                "a",
                                "zz"),
                () ->
                        assertFailure(
                                assertBatchFails(
                                        graph, b -> b.updateEdgeAttributes("a", "zz", Map.of())),
                                0,
                                EdgeNotFoundException.class,
                                "updateEdgeAttributes",
                                "a",
                                "zz"),
                () ->
                        assertFailure(
                                assertBatchFails(graph, b -> b.removeEdgeAttribute("a", "zz", "k")),
                                0,
                                EdgeNotFoundException.class,
                                "removeEdgeAttribute",
                                "a",
                                "zz"),
                () ->
                        assertFailure(
                                assertBatchFails(graph, b -> b.removeEdge("a", "zz")),
                                0,
                                EdgeNotFoundException.class,
                                "removeEdge",
                                "a",
                                "zz"));
    }

    @GraphTest
    void explicitBatchFailsOnCommitAndAppliesNothing(Fixture fixture) {
        Graph graph = sample(fixture);
        Snapshot before = Snapshot.of(graph);
        try (Batch batch = graph.openBatch()) {
            batch.addNode("d").addEdge("d", "missing");
            BatchException e = assertThrows(BatchException.class, batch::commit);
            assertFailure(e, 1, NodeNotFoundException.class, "addEdge", "d", "missing");
            before.assertUnchanged(graph);
            assertThrows(IllegalStateException.class, batch::commit, "a failed batch is finished");
            assertThrows(
                    IllegalStateException.class,
                    () -> batch.addNode("e"),
                    "a failed batch is finished");
        }
        before.assertUnchanged(graph);
    }

    // ---- the caller's exceptions

    private static final class CallerException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CallerException() {
            super("thrown by the caller");
        }
    }

    private static final class CallerError extends Error {
        private static final long serialVersionUID = 1L;

        CallerError() {
            super("error thrown by the caller");
        }
    }

    @GraphTest
    void callerExceptionPropagatesUnchangedAndAppliesNothing(Fixture fixture) {
        assertPropagatesUnchanged(
                sample(fixture),
                new CallerException(),
                b -> b.addNode("d").addEdge("d", "a").setNodeAttribute("a", "n", 5));
    }

    @GraphTest
    void callerErrorPropagatesUnchangedAndAppliesNothing(Fixture fixture) {
        assertPropagatesUnchanged(sample(fixture), new CallerError(), b -> b.addNode("d"));
    }

    /**
     * Runs a lambda batch that stages with {@code staging}, then throws {@code thrown}: what the
     * caller threw must propagate unchanged, and the batch apply nothing.
     */
    private static void assertPropagatesUnchanged(
            Graph graph, Throwable thrown, Consumer<Batch> staging) {
        Throwable caught =
                Snapshot.assertFailsUnchanged(
                        graph,
                        thrown.getClass(),
                        () ->
                                graph.batch(
                                        b -> {
                                            staging.accept(b);
                                            if (thrown instanceof Error error) {
                                                throw error;
                                            }
                                            throw (RuntimeException) thrown;
                                        }));
        assertSame(thrown, caught);
    }

    @GraphTest
    void callerExceptionInAnExplicitBatchAppliesNothing(Fixture fixture) {
        Graph graph = sample(fixture);
        Snapshot before = Snapshot.of(graph);
        CallerException thrown = new CallerException();
        CallerException caught =
                assertThrows(
                        CallerException.class,
                        () -> {
                            try (Batch batch = graph.openBatch()) {
                                batch.addNode("d").mergeNode("a", Map.of("n", 0));
                                throw thrown;
                            }
                        });
        assertSame(thrown, caught);
        before.assertUnchanged(graph);
    }

    @GraphTest
    void invalidArgumentIsRefusedWhenStaged(Fixture fixture) {
        Graph graph = sample(fixture);
        Snapshot before = Snapshot.of(graph);
        try (Batch batch = graph.openBatch()) {
            batch.addNode("d");
            assertAll(
                    () -> assertThrows(IllegalArgumentException.class, () -> batch.addNode("")),
                    () -> assertThrows(NullPointerException.class, () -> batch.addNode(null)),
                    () ->
                            assertThrows(
                                    IllegalArgumentException.class, () -> batch.addEdge("a", "")),
                    () -> assertThrows(NullPointerException.class, () -> batch.addEdge(null, "a")),
                    () ->
                            assertThrows(
                                    IllegalArgumentException.class,
                                    () -> batch.setNodeAttribute("a", "k", TestData.date())),
                    () ->
                            assertThrows(
                                    IllegalArgumentException.class,
                                    () -> batch.setNodeAttribute("a", "k", null)),
                    () ->
                            assertThrows(
                                    IllegalArgumentException.class,
                                    () -> batch.setNodeAttribute("a", "", 1)),
                    () ->
                            assertThrows(
                                    IllegalArgumentException.class,
                                    () ->
                                            batch.updateEdgeAttributes(
                                                    "a", "b", TestData.map("k", new Object()))),
                    () ->
                            assertThrows(
                                    IllegalArgumentException.class,
                                    () -> batch.addNode("z", TestData.map("", 1))),
                    () ->
                            assertThrows(
                                    IllegalArgumentException.class,
                                    () -> batch.mergeEdge("", "a", Map.of())));
            assertEquals(1, batch.size(), "refused operations are not staged");
        }
        before.assertUnchanged(graph);
    }

    @GraphTest
    void invalidArgumentInALambdaBatchPropagatesAndAppliesNothing(Fixture fixture) {
        Graph graph = sample(fixture);
        IllegalArgumentException e =
                Snapshot.assertFailsUnchanged(
                        graph,
                        IllegalArgumentException.class,
                        () ->
                                graph.batch(
                                        b ->
                                                b.addNode("d")
                                                        .setNodeAttribute(
                                                                "d", "bad", TestData.date())));
        assertTrue(e.getMessage().contains("bad"), e.getMessage());
    }

    @GraphTest
    void nullOperationsAreRefused(Fixture fixture) {
        Graph graph = sample(fixture);
        Snapshot.assertFailsUnchanged(graph, NullPointerException.class, () -> graph.batch(null));
    }

    // ---- visibility

    @GraphTest
    void stagedOperationsAreInvisibleInsideTheLambda(Fixture fixture) {
        Graph graph = sample(fixture);
        List<Object> seen = new ArrayList<>();
        graph.batch(
                b -> {
                    b.addNode("d").addEdge("a", "c").setNodeAttribute("a", "n", 7);
                    seen.add(graph.hasNode("d"));
                    seen.add(graph.hasEdge("a", "c"));
                    seen.add(graph.nodeAttributes("a").get("n"));
                    seen.add(graph.nodeCount());
                });
        assertEquals(List.of(false, false, 1L, 3), seen);
        assertTrue(graph.hasNode("d"));
        assertTrue(graph.hasEdge("a", "c"));
        assertEquals(7L, graph.nodeAttributes("a").get("n"));
    }

    @GraphTest
    void stagedOperationsAreInvisibleUntilCommit(Fixture fixture) {
        Graph graph = sample(fixture);
        try (Batch batch = graph.openBatch()) {
            batch.addNode("d").addEdge("c", "d");
            assertFalse(graph.hasNode("d"));
            assertEquals(2, graph.edgeCount());
            batch.commit();
            assertTrue(graph.hasNode("d"));
            assertTrue(graph.hasEdge("c", "d"));
        }
    }

    @GraphTest
    void directCallsInsideTheLambdaAreNotPartOfTheBatch(Fixture fixture) {
        Graph graph = sample(fixture);
        assertThrows(
                CallerException.class,
                () ->
                        graph.batch(
                                b -> {
                                    b.addNode("staged");
                                    graph.addNode("direct");
                                    throw new CallerException();
                                }));
        assertTrue(graph.hasNode("direct"));
        assertFalse(graph.hasNode("staged"));
        assertThrows(
                BatchException.class,
                () ->
                        graph.batch(
                                b -> {
                                    b.addNode("staged2").addNode("a");
                                    graph.addNode("direct2");
                                }));
        assertTrue(graph.hasNode("direct2"));
        assertFalse(graph.hasNode("staged2"));
        assertEquals(List.of("a", "b", "c", "direct", "direct2"), graph.nodes());
    }

    @GraphTest
    void batchMeetsTheGraphAsItIsWhenApplied(Fixture fixture) {
        Graph graph = sample(fixture);
        try (Batch batch = graph.openBatch()) {
            batch.addEdge("a", "late");
            graph.addNode("late");
            batch.commit();
        }
        assertTrue(graph.hasEdge("a", "late"));
    }

    // ---- lifecycle

    @GraphTest
    void closingWithoutCommitDiscards(Fixture fixture) {
        Graph graph = sample(fixture);
        Snapshot before = Snapshot.of(graph);
        try (Batch batch = graph.openBatch()) {
            batch.addNode("d").addEdge("a", "c").setNodeAttribute("a", "n", 0);
        }
        before.assertUnchanged(graph);
    }

    @GraphTest
    void committingTwiceIsRefused(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        try (Batch batch = graph.openBatch()) {
            batch.addNode("b");
            batch.commit();
            Snapshot after = Snapshot.of(graph);
            assertThrows(IllegalStateException.class, batch::commit);
            after.assertUnchanged(graph);
        }
        assertEquals(List.of("a", "b"), graph.nodes());
    }

    @GraphTest
    void stagingAfterCommitIsRefused(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        try (Batch batch = graph.openBatch()) {
            batch.addNode("b");
            batch.commit();
            assertAll(
                    () -> assertThrows(IllegalStateException.class, () -> batch.addNode("c")),
                    () -> assertThrows(IllegalStateException.class, () -> batch.addEdge("a", "b")),
                    () ->
                            assertThrows(
                                    IllegalStateException.class,
                                    () -> batch.setNodeAttribute("a", "k", 1)),
                    () ->
                            assertThrows(
                                    IllegalStateException.class,
                                    () -> batch.mergeNode("x", Map.of())));
        }
        assertEquals(List.of("a", "b"), graph.nodes());
        assertEquals(0, graph.edgeCount());
    }

    @GraphTest
    void usingAClosedBatchIsRefused(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        Batch batch = graph.openBatch();
        batch.addNode("b");
        batch.close();
        assertThrows(IllegalStateException.class, batch::commit);
        assertThrows(IllegalStateException.class, () -> batch.addNode("c"));
        batch.close();
        assertEquals(List.of("a"), graph.nodes());
    }

    @GraphTest
    void closingACommittedBatchKeepsItsChanges(Fixture fixture) {
        Graph graph = fixture.open();
        Batch batch = graph.openBatch();
        batch.addNode("a");
        batch.commit();
        batch.close();
        batch.close();
        assertEquals(List.of("a"), graph.nodes());
    }

    @GraphTest
    void batchesAreIndependent(Fixture fixture) {
        Graph graph = fixture.open();
        try (Batch first = graph.openBatch();
                Batch second = graph.openBatch()) {
            first.addNode("a");
            second.addNode("b");
            second.commit();
            assertEquals(List.of("b"), graph.nodes());
            first.commit();
        }
        assertEquals(List.of("b", "a"), graph.nodes());
    }

    @GraphTest
    void conflictingBatchesFailOnTheSecondCommit(Fixture fixture) {
        Graph graph = fixture.open();
        try (Batch first = graph.openBatch();
                Batch second = graph.openBatch()) {
            first.addNode("a");
            second.addNode("x").addNode("a");
            first.commit();
            BatchException e =
                    Snapshot.assertFailsUnchanged(graph, BatchException.class, second::commit);
            assertFailure(e, 1, NodeExistsException.class, "a");
        }
        assertEquals(List.of("a"), graph.nodes());
    }
}
