package io.gli.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Batch;
import io.gli.BatchException;
import io.gli.Capability;
import io.gli.Graph;
import io.gli.NodeExistsException;
import io.gli.NodeNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A batch that fails part-way leaves the graph exactly as it was: counts, node and edge order,
 * attributes, and every node's successors, predecessors, neighbors and degrees (all recorded by
 * {@link Snapshot}). Each kind of failure is tried at every position of a batch that exercises
 * every kind of staged operation: an operation that turns out invalid when applied, an exception
 * thrown by the caller's code while staging, an {@link Error} thrown by it, and an invalid argument
 * refused while staging; in lambda batches and in explicit ones; for batches of adds and updates
 * only and for batches that also remove (which backends may apply differently). A failed batch must
 * also leave no trace that shows later: afterwards the graph behaves exactly like a twin that never
 * saw the failure.
 */
public class AtomicBatchTests {

    /** One staged operation, named for failure messages. */
    private record Staged(String name, Consumer<Batch> stage) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The caller's own exception, thrown from inside a batch. */
    private static final class CallerException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CallerException() {
            super("thrown by the caller's code");
        }
    }

    /** Throws the caller's own unchecked {@code thrown}: an exception or an error. */
    private static void rethrow(Throwable thrown) {
        if (thrown instanceof Error error) {
            throw error;
        }
        throw (RuntimeException) thrown;
    }

    /** The caller's own error, thrown from inside a batch. */
    private static final class CallerError extends Error {
        private static final long serialVersionUID = 1L;

        CallerError() {
            super("error thrown by the caller's code");
        }
    }

    /**
     * What the populated graph has been through, and which batches are tried on it. Each test runs
     * once per history; the full one needs what it lists, and is skipped where that is lacking.
     */
    enum History implements CapabilityRequirements.NeedsCapabilities {
        /** Adds only, and batches of adds and updates: what every backend takes. */
        PLAIN,
        /**
         * Also a removed and re-added node (so node order is not plain creation order), a self-loop
         * and nested values, and batches that also remove.
         */
        FULL;

        @Override
        public List<Capability> needs() {
            return this == FULL
                    ? List.of(Capability.REMOVAL, Capability.SELF_LOOPS, Capability.NESTED_VALUES)
                    : List.of();
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT) + " history";
        }
    }

    /** How a batch is run: as a lambda batch, or as an explicit one committed at the end. */
    private enum BatchForm {
        LAMBDA("batch"),
        EXPLICIT("openBatch");

        private final String method;

        BatchForm(String method) {
            this.method = method;
        }

        void run(Graph graph, Consumer<Batch> staging) {
            if (this == EXPLICIT) {
                try (Batch batch = graph.openBatch()) {
                    staging.accept(batch);
                    batch.commit();
                }
            } else {
                graph.batch(staging);
            }
        }

        @Override
        public String toString() {
            return method;
        }
    }

    /**
     * One batch made to fail on a freshly populated {@code graph}: run in {@code form}, it stages
     * {@code prefix}, then the failing part given to {@link #assertFailsUnchanged}.
     */
    private record Attempt(Graph graph, BatchForm form, List<Staged> prefix, String where) {
        /** The index the failing part's first operation has in the batch. */
        int position() {
            return prefix.size();
        }

        <T extends Throwable> T assertFailsUnchanged(Class<T> type, Consumer<Batch> failingPart) {
            return Snapshot.assertFailsUnchanged(
                    graph,
                    type,
                    () ->
                            form.run(
                                    graph,
                                    b -> {
                                        stage(b, prefix);
                                        failingPart.accept(b);
                                    }),
                    where);
        }
    }

    /**
     * Makes a batch fail after every prefix of every batch tried on {@code history}, in each of
     * {@code forms}, each time on a freshly populated graph that must then behave like an untouched
     * twin; {@code failure} makes it fail and checks how.
     */
    private static void assertFailsAtEveryPosition(
            Fixture fixture,
            History history,
            List<BatchForm> forms,
            String failing,
            Consumer<Attempt> failure) {
        for (List<Staged> operations : batchesFor(history)) {
            for (BatchForm form : forms) {
                for (int p = 0; p <= operations.size(); p++) {
                    List<Staged> prefix = operations.subList(0, p);
                    String where = form + " " + failing + " after " + prefix;
                    Graph graph = populated(fixture, history);
                    failure.accept(new Attempt(graph, form, prefix, where));
                    assertBehavesLikeAnUntouchedTwin(fixture, history, graph, operations, where);
                }
            }
        }
    }

    /** A graph with a history: attributes on nodes and edges and, in a full one, more. */
    private static Graph populated(Fixture fixture, History history) {
        Graph graph = fixture.open();
        for (String id : List.of("a", "b", "c", "d", "e")) {
            graph.addNode(id, Map.of("k", id, "n", id.charAt(0) - 'a'));
        }
        graph.addEdge("a", "b", Map.of("w", 1));
        graph.addEdge("b", "c", Map.of("w", 2));
        graph.addEdge("c", "d");
        graph.addEdge("d", "a", Map.of("w", 4, "label", "back"));
        graph.addEdge("e", "a");
        if (history == History.FULL) {
            graph.removeNode("b");
            graph.addNode("b", Map.of("k", "b2"));
            graph.addEdge("b", "e", Map.of("w", 5));
            graph.addEdge("a", "b", Map.of("w", 1));
            graph.addEdge("b", "c", Map.of("w", 2));
            graph.addEdge("e", "e", Map.of("loop", true));
            graph.setNodeAttribute("c", "nested", List.of(1, Map.of("x", List.of("y"))));
        }
        return graph;
    }

    /** Adds and updates of every kind, each valid where it stands and each changing the graph. */
    private static List<Staged> addsAndUpdates() {
        return List.of(
                new Staged("addNode(f, attrs)", b -> b.addNode("f", Map.of("k", "f", "x", 1.5))),
                new Staged("addEdge(f, a)", b -> b.addEdge("f", "a", Map.of("w", 6))),
                new Staged(
                        "mergeNode(a) existing",
                        b -> b.mergeNode("a", Map.of("k", "merged", "new", true))),
                new Staged("mergeNode(g) new", b -> b.mergeNode("g", Map.of("k", "g"))),
                new Staged("setNodeAttribute(d) overwrite", b -> b.setNodeAttribute("d", "k", 99)),
                new Staged(
                        "setNodeAttribute(e) new key", b -> b.setNodeAttribute("e", "extra", "v")),
                new Staged(
                        "updateNodeAttributes(c)",
                        b -> b.updateNodeAttributes("c", Map.of("k", "u", "n", -1))),
                new Staged("removeNodeAttribute(a, n)", b -> b.removeNodeAttribute("a", "n")),
                new Staged(
                        "mergeEdge(a, b) existing",
                        b -> b.mergeEdge("a", "b", Map.of("w", 10, "m", "x"))),
                new Staged("mergeEdge(g, f) new", b -> b.mergeEdge("g", "f", Map.of("w", 11))),
                new Staged("setEdgeAttribute(c, d)", b -> b.setEdgeAttribute("c", "d", "w", 3)),
                new Staged(
                        "updateEdgeAttributes(d, a)",
                        b -> b.updateEdgeAttributes("d", "a", Map.of("label", "fwd"))),
                new Staged(
                        "removeEdgeAttribute(d, a, w)", b -> b.removeEdgeAttribute("d", "a", "w")),
                new Staged("addNode(h)", b -> b.addNode("h")),
                new Staged("addEdge(h, g)", b -> b.addEdge("h", "g")));
    }

    /**
     * Adds, updates and removals interleaved, each valid where it stands and each changing the
     * graph.
     */
    private static List<Staged> withRemovals() {
        List<Staged> all = new ArrayList<>(addsAndUpdates());
        all.add(2, new Staged("removeEdge(b, c)", b -> b.removeEdge("b", "c")));
        all.add(7, new Staged("removeNode(e)", b -> b.removeNode("e")));
        all.add(new Staged("removeNode(f)", b -> b.removeNode("f")));
        all.add(new Staged("addNode(f) again", b -> b.addNode("f", Map.of("again", true))));
        all.add(new Staged("addEdge(a, f)", b -> b.addEdge("a", "f")));
        return all;
    }

    private static List<List<Staged>> batchesFor(History history) {
        return history == History.FULL
                ? List.of(addsAndUpdates(), withRemovals())
                : List.of(addsAndUpdates());
    }

    private static void stage(Batch batch, List<Staged> operations) {
        for (Staged operation : operations) {
            operation.stage().accept(batch);
        }
    }

    @GraphTestForEach(History.class)
    void everyStagedOperationChangesTheGraph(Fixture fixture, History history) {
        // The failure tests below prove nothing about an operation that would not have changed
        // the graph anyway: each prefix of each batch must change what the previous one left.
        for (List<Staged> operations : batchesFor(history)) {
            Snapshot previous = Snapshot.of(populated(fixture, history));
            for (int p = 1; p <= operations.size(); p++) {
                Graph graph = populated(fixture, history);
                List<Staged> prefix = operations.subList(0, p);
                graph.batch(b -> stage(b, prefix));
                Snapshot after = Snapshot.of(graph);
                assertNotEquals(
                        previous, after, "applying " + operations.get(p - 1) + " changed nothing");
                previous = after;
            }
        }
    }

    @GraphTestForEach(History.class)
    void invalidOperationAtAnyPositionAppliesNothing(Fixture fixture, History history) {
        assertFailsAtEveryPosition(
                fixture,
                history,
                List.of(BatchForm.LAMBDA, BatchForm.EXPLICIT),
                "failing",
                attempt -> {
                    // Two invalid operations: one refused by a missing node, one by an existing
                    // one.
                    BatchException missing =
                            attempt.assertFailsUnchanged(
                                    BatchException.class,
                                    b -> {
                                        b.addEdge("a", "ghost");
                                        b.addNode("never");
                                    });
                    assertEquals(attempt.position(), missing.operationIndex(), attempt.where());
                    assertInstanceOf(
                            NodeNotFoundException.class, missing.getCause(), attempt.where());
                    BatchException exists =
                            attempt.assertFailsUnchanged(BatchException.class, b -> b.addNode("d"));
                    assertEquals(attempt.position(), exists.operationIndex(), attempt.where());
                    assertInstanceOf(NodeExistsException.class, exists.getCause(), attempt.where());
                });
    }

    @GraphTestForEach(History.class)
    void callerExceptionAtAnyPositionAppliesNothing(Fixture fixture, History history) {
        assertFailsAtEveryPosition(
                fixture,
                history,
                List.of(BatchForm.LAMBDA, BatchForm.EXPLICIT),
                "aborted",
                attempt -> {
                    for (Throwable thrown : List.of(new CallerException(), new CallerError())) {
                        assertSame(
                                thrown,
                                attempt.assertFailsUnchanged(
                                        thrown.getClass(), b -> rethrow(thrown)),
                                attempt.where()
                                        + ": what the caller threw must propagate unchanged");
                    }
                });
    }

    @GraphTestForEach(History.class)
    void invalidArgumentWhileStagingAtAnyPositionAppliesNothing(Fixture fixture, History history) {
        assertFailsAtEveryPosition(
                fixture,
                history,
                List.of(BatchForm.LAMBDA),
                "refusing an argument",
                attempt -> {
                    IllegalArgumentException e =
                            attempt.assertFailsUnchanged(
                                    IllegalArgumentException.class,
                                    b ->
                                            b.setNodeAttribute(
                                                    "a",
                                                    "bad",
                                                    TestData.stringBuilder("not a value")));
                    assertTrue(
                            e.getMessage().contains("\"bad\"")
                                    && e.getMessage().contains("StringBuilder"),
                            () ->
                                    attempt.where()
                                            + ": the message names the key and the type: "
                                            + e.getMessage());
                });
    }

    @GraphTestForEach(History.class)
    void failedBatchesOneAfterAnotherLeaveNoTrace(Fixture fixture, History history) {
        Graph graph = populated(fixture, history);
        for (List<Staged> operations : batchesFor(history)) {
            for (int p = 0; p < operations.size(); p++) {
                List<Staged> prefix = operations.subList(0, p);
                assertThrows(
                        BatchException.class,
                        () ->
                                graph.batch(
                                        b -> {
                                            stage(b, prefix);
                                            b.removeNodeAttribute("ghost", "k");
                                        }));
                assertThrows(
                        CallerException.class,
                        () ->
                                graph.batch(
                                        b -> {
                                            stage(b, prefix);
                                            throw new CallerException();
                                        }));
            }
        }
        Snapshot.of(populated(fixture, history))
                .assertMatches(Snapshot.of(graph), "after many failed batches");
        assertBehavesLikeAnUntouchedTwin(
                fixture, history, graph, addsAndUpdates(), "after many failed batches");
    }

    /**
     * Applies the whole batch, then single calls that depend on the node and edge order, to {@code
     * graph} and to a freshly populated twin: both must end up the same. A failed batch that left
     * hidden state behind (an interned ID, a stale index, a reused slot) shows here.
     */
    private static void assertBehavesLikeAnUntouchedTwin(
            Fixture fixture, History history, Graph graph, List<Staged> operations, String where) {
        Graph twin = populated(fixture, history);
        for (Graph g : List.of(graph, twin)) {
            g.batch(b -> stage(b, operations));
            g.addNode("later", Map.of("k", "later"));
            g.addEdge("later", "a");
            g.mergeNode("c", Map.of("after", 1));
        }
        Snapshot.of(twin)
                .assertMatches(
                        Snapshot.of(graph), where + ": afterwards the graph differs from its twin");
    }
}
