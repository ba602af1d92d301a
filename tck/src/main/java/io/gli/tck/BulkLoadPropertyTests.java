package io.gli.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.gli.BackendInfo;
import io.gli.BatchException;
import io.gli.BulkLoad;
import io.gli.BulkLoad.OnDuplicate;
import io.gli.Graph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Differential property of {@link Graph#bulkLoad}: jqwik draws a graph's history of single adds,
 * then a load of random calls (nodes, edges by ID and by position, in every {@link OnDuplicate}
 * mode, over small pools of IDs and values so that rows collide with the graph and with each
 * other), perhaps ending with the body throwing. The {@link ReferenceModel} replays each call as
 * single adds and merges, undone as a whole when one row fails; every backend under test must fail
 * the same calls at the same rows with the same exception type, and end in the model's state (the
 * state before the load, if the body threw).
 */
public class BulkLoadPropertyTests {
    private static final List<String> IDS = List.of("a", "b", "c", "d", "e", "f");
    private static final List<Object> VALUES = List.of(1L, 2L, "x", "y");
    private static final List<String> KEYS = List.of("k", "m");

    /** One cell of a column: a value, or absent. */
    private static Arbitrary<Object> cell() {
        return Arbitraries.of(VALUES).injectNull(0.4);
    }

    /** One row: an ID (nodes) or two (edges), and a cell per key. */
    record Row(String first, String second, List<Object> cells) {}

    /** One loader call. */
    record Call(String kind, OnDuplicate mode, List<Row> rows) {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(kind).append(' ').append(mode).append(' ');
            for (Row row : rows) {
                text.append(row.first());
                if (!kind.equals("nodes")) {
                    text.append("->").append(row.second());
                }
                text.append(row.cells()).append(' ');
            }
            return text.toString().trim();
        }
    }

    @Provide
    Arbitrary<List<Call>> loads() {
        Arbitrary<Row> row =
                Combinators.combine(
                                Arbitraries.of(IDS),
                                Arbitraries.of(IDS),
                                cell().list().ofSize(KEYS.size()))
                        .as(Row::new);
        Arbitrary<Call> call =
                Combinators.combine(
                                Arbitraries.of("nodes", "edges", "indexed"),
                                Arbitraries.of(OnDuplicate.class),
                                row.list().ofMinSize(0).ofMaxSize(5))
                        .as(Call::new);
        return call.list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<String>> histories() {
        return Arbitraries.of(IDS).list().uniqueElements().ofMaxSize(4);
    }

    @Property(tries = ModelPropertyTests.TRIES)
    @AddLifecycleHook(ModelPropertyTests.SkipUnlessEveryCapability.class)
    void directedLoadsAgreeWithSingleAddsOnTheModel(
            @ForAll("histories") List<String> history,
            @ForAll("loads") List<Call> calls,
            @ForAll boolean bodyThrows) {
        check(true, history, calls, bodyThrows);
    }

    @Property(tries = ModelPropertyTests.TRIES)
    @AddLifecycleHook(ModelPropertyTests.SkipUnlessEveryCapability.class)
    void undirectedLoadsAgreeWithSingleAddsOnTheModel(
            @ForAll("histories") List<String> history,
            @ForAll("loads") List<Call> calls,
            @ForAll boolean bodyThrows) {
        check(false, history, calls, bodyThrows);
    }

    private static void check(
            boolean directed, List<String> history, List<Call> calls, boolean bodyThrows) {
        ReferenceModel model = new ReferenceModel(directed);
        for (int i = 0; i < history.size(); i++) {
            model.addNode(history.get(i), Map.of("h", (long) i));
            if (i > 0) {
                model.addEdge(history.get(i - 1), history.get(i), Map.of());
            }
        }
        ReferenceModel before = model.copy();
        List<Class<?>> failures = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (Call call : calls) {
            ReferenceModel start = model.copy();
            RuntimeException failure = null;
            int row = 0;
            for (; row < call.rows().size(); row++) {
                try {
                    apply(model, call, call.rows().get(row));
                } catch (RuntimeException e) {
                    failure = e;
                    break;
                }
            }
            if (failure != null) {
                model.restore(start);
            }
            failures.add(failure == null ? null : failure.getClass());
            rows.add(failure == null ? -1 : row);
        }
        if (bodyThrows) {
            model.restore(before);
        }
        for (BackendInfo backend : ModelPropertyTests.backendsUnderTest()) {
            Graph graph =
                    directed
                            ? Graph.builder().backend(backend.name()).open()
                            : Graph.builder().backend(backend.name()).undirected().open();
            for (int i = 0; i < history.size(); i++) {
                graph.addNode(history.get(i), Map.of("h", (long) i));
                if (i > 0) {
                    graph.addEdge(history.get(i - 1), history.get(i));
                }
            }
            String where = backend.name() + (directed ? ", directed" : ", undirected");
            try {
                graph.bulkLoad(
                        load -> {
                            for (int c = 0; c < calls.size(); c++) {
                                BatchException thrown = call(load, calls.get(c));
                                String what = where + ", call " + c + ": " + calls.get(c);
                                if (failures.get(c) == null) {
                                    assertNull(thrown, what);
                                } else {
                                    assertInstanceOf(BatchException.class, thrown, what);
                                    assertEquals(rows.get(c), thrown.operationIndex(), what);
                                    assertEquals(
                                            failures.get(c), thrown.getCause().getClass(), what);
                                }
                            }
                            if (bodyThrows) {
                                throw new IllegalStateException("the body gives up");
                            }
                        });
            } catch (IllegalStateException expected) {
                assertEquals(true, bodyThrows, where + ": " + expected);
            }
            assertEquals(model.nodes(), graph.nodes(), where + ": nodes");
            assertEquals(model.edges(), graph.edges(), where + ": edges");
            for (String id : model.nodes()) {
                assertEquals(
                        model.nodeAttributes(id),
                        graph.nodeAttributes(id),
                        where + ": attributes of " + id);
            }
            Invariants.check(graph);
        }
    }

    /** A row as the single adds the model knows: each mode's meaning, written out. */
    private static void apply(ReferenceModel model, Call call, Row row) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int k = 0; k < KEYS.size(); k++) {
            if (row.cells().get(k) != null) {
                attributes.put(KEYS.get(k), row.cells().get(k));
            }
        }
        if (call.kind().equals("nodes")) {
            switch (call.mode()) {
                case FAIL -> model.addNode(row.first(), attributes);
                case SKIP -> {
                    if (!model.hasNode(row.first())) {
                        model.addNode(row.first(), attributes);
                    }
                }
                case MERGE -> model.mergeNode(row.first(), attributes);
            }
        } else {
            switch (call.mode()) {
                case FAIL -> model.addEdge(row.first(), row.second(), attributes);
                case SKIP -> {
                    if (!model.hasNode(row.first())
                            || !model.hasNode(row.second())
                            || !model.hasEdge(row.first(), row.second())) {
                        model.addEdge(row.first(), row.second(), attributes);
                    }
                }
                case MERGE -> model.mergeEdge(row.first(), row.second(), attributes);
            }
        }
    }

    /** Makes the call on the loader; what it threw, or null. */
    private static BatchException call(BulkLoad load, Call call) {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        Map<String, List<Object>> columns = new HashMap<>();
        for (String key : KEYS) {
            columns.put(key, new ArrayList<>());
        }
        for (Row row : call.rows()) {
            first.add(row.first());
            second.add(row.second());
            for (int k = 0; k < KEYS.size(); k++) {
                columns.get(KEYS.get(k)).add(row.cells().get(k));
            }
        }
        try {
            switch (call.kind()) {
                case "nodes" -> load.addNodes(first, columns, call.mode());
                case "edges" -> load.addEdges(first, second, columns, call.mode());
                default -> {
                    // positions in the pool of IDs, as a snapshot file would number its nodes
                    int n = call.rows().size();
                    int[] sources = new int[n + 1];
                    int[] targets = new int[n + 1];
                    for (int i = 0; i < n; i++) {
                        sources[i] = IDS.indexOf(first.get(i));
                        targets[i] = IDS.indexOf(second.get(i));
                    }
                    load.addEdges(IDS, sources, targets, n, columns, call.mode());
                }
            }
            return null;
        } catch (BatchException e) {
            return e;
        }
    }
}
