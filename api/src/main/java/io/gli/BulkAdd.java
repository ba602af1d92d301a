package io.gli;

import io.gli.spi.GraphStore;
import java.util.List;
import java.util.Map;

/**
 * One bulk add of nodes or edges, its arguments checked: the rows in the form a store's bulk add
 * takes ({@link GraphStore#addNodes(List, int, String[], Object[][], boolean)} and the two {@code
 * addEdges}), and the first row its arguments fail on. {@link #apply} hands the valid rows to the
 * store in one call and turns where the store stopped into the contract's exception, taking the
 * call's rows back. {@link Graph#addNodes}, {@link Graph#addEdges} and every {@link BulkLoad} call
 * go this way.
 *
 * <p>Checks made here, before the store sees anything: IDs non-empty, values allowed (a column at a
 * time, {@link AttributeColumns}), self-loops only on a backend with {@link Capability#SELF_LOOPS}.
 * A row that fails one of them is the call's {@linkplain #invalidRow() invalid row}: only the rows
 * before it reach the store. The state checks (a node that exists, an endpoint missing, an edge
 * that exists) are the store's, made as it adds.
 */
final class BulkAdd {
    /** The row failing, the call it stands for (as messages name it) and why. */
    record RowFailure(int row, String operation, RuntimeException cause) {
        /** The failure as a {@link BulkLoad} call reports it. */
        BatchException asBatchException() {
            return new BatchException(row, operation, cause);
        }
    }

    /** Nodes ({@code ids}), edges by ID, or edges by position in {@code ids}. */
    private enum Kind {
        NODES,
        EDGES,
        INDEXED_EDGES
    }

    private final Kind kind;
    private final List<String> ids;
    private final List<String> sources;
    private final List<String> targets;
    private final int[] sourceIndices;
    private final int[] targetIndices;
    private final int count;
    private final AttributeColumns columns;
    private final int invalidRow;
    private final RuntimeException invalidCause;

    private BulkAdd(
            Kind kind,
            List<String> ids,
            List<String> sources,
            List<String> targets,
            int[] sourceIndices,
            int[] targetIndices,
            int count,
            AttributeColumns columns,
            int invalidRow,
            RuntimeException invalidCause) {
        this.kind = kind;
        this.ids = ids;
        this.sources = sources;
        this.targets = targets;
        this.sourceIndices = sourceIndices;
        this.targetIndices = targetIndices;
        this.count = count;
        this.columns = columns;
        this.invalidRow = invalidRow;
        this.invalidCause = invalidCause;
    }

    /**
     * Nodes {@code ids} with attribute {@code columns}.
     *
     * @throws IllegalArgumentException if a column's key or length is wrong
     */
    static BulkAdd nodes(
            OperationFactory factory, List<String> ids, Map<String, ? extends List<?>> columns) {
        Errors.requireNonNull(ids, "ids");
        AttributeColumns cells = AttributeColumns.of(columns, ids.size());
        RuntimeException[] cause = new RuntimeException[1];
        int limit = ids.size();
        for (int i = 0; i < limit; i++) {
            String id = ids.get(i);
            if (id == null || id.isEmpty()) {
                cause[0] = failure(() -> Errors.requireId(id, "node id"));
                limit = i;
            }
        }
        int invalid = limitByValues(factory, cells, limit, cause);
        return new BulkAdd(
                Kind.NODES, ids, null, null, null, null, ids.size(), cells, invalid, cause[0]);
    }

    /**
     * Edges from {@code sources.get(i)} to {@code targets.get(i)} with attribute {@code columns}.
     *
     * @throws IllegalArgumentException if the lists' lengths differ, or a column's key or length is
     *     wrong
     */
    static BulkAdd edges(
            OperationFactory factory,
            List<String> sources,
            List<String> targets,
            Map<String, ? extends List<?>> columns) {
        Errors.requireNonNull(sources, "sources");
        Errors.requireNonNull(targets, "targets");
        if (targets.size() != sources.size()) {
            throw Errors.columnLength("targets", targets.size(), sources.size());
        }
        int count = sources.size();
        AttributeColumns cells = AttributeColumns.of(columns, count);
        boolean selfLoops = factory.capabilities.contains(Capability.SELF_LOOPS);
        RuntimeException[] cause = new RuntimeException[1];
        int limit = count;
        for (int i = 0; i < limit; i++) {
            String source = sources.get(i);
            String target = targets.get(i);
            if (source == null || source.isEmpty() || target == null || target.isEmpty()) {
                cause[0] = failure(() -> Errors.requireEndpoints(source, target));
                limit = i;
            } else if (!selfLoops && source.equals(target)) {
                cause[0] = failure(() -> factory.require(Capability.SELF_LOOPS));
                limit = i;
            }
        }
        int invalid = limitByValues(factory, cells, limit, cause);
        return new BulkAdd(
                Kind.EDGES, null, sources, targets, null, null, count, cells, invalid, cause[0]);
    }

    /**
     * Edges from {@code ids.get(sourceIndices[i])} to {@code ids.get(targetIndices[i])}, for {@code
     * i < count}, with attribute {@code columns}.
     *
     * @throws IndexOutOfBoundsException if {@code count} exceeds an array's length or an index is
     *     outside {@code ids}
     * @throws IllegalArgumentException if a column's key or length is wrong
     */
    static BulkAdd indexedEdges(
            OperationFactory factory,
            List<String> ids,
            int[] sourceIndices,
            int[] targetIndices,
            int count,
            Map<String, ? extends List<?>> columns) {
        Errors.requireNonNull(ids, "ids");
        Errors.requireNonNull(sourceIndices, "sourceIndices");
        Errors.requireNonNull(targetIndices, "targetIndices");
        if (count < 0 || count > sourceIndices.length || count > targetIndices.length) {
            throw new IndexOutOfBoundsException(
                    "count is "
                            + count
                            + "; expected 0 to the index arrays' lengths ("
                            + sourceIndices.length
                            + " and "
                            + targetIndices.length
                            + ")");
        }
        int n = ids.size();
        for (int i = 0; i < count; i++) {
            requireIndex("sourceIndices", i, sourceIndices[i], n);
            requireIndex("targetIndices", i, targetIndices[i], n);
        }
        AttributeColumns cells = AttributeColumns.of(columns, count);
        // Each ID is checked once; a row is looked at only if some ID is bad, or for self-loops.
        boolean[] bad = null;
        for (int j = 0; j < n; j++) {
            String id = ids.get(j);
            if (id == null || id.isEmpty()) {
                if (bad == null) {
                    bad = new boolean[n];
                }
                bad[j] = true;
            }
        }
        boolean selfLoops = factory.capabilities.contains(Capability.SELF_LOOPS);
        RuntimeException[] cause = new RuntimeException[1];
        int limit = count;
        if (bad != null || !selfLoops) {
            for (int i = 0; i < limit; i++) {
                int s = sourceIndices[i];
                int t = targetIndices[i];
                if (bad != null && (bad[s] || bad[t])) {
                    String source = ids.get(s);
                    String target = ids.get(t);
                    cause[0] = failure(() -> Errors.requireEndpoints(source, target));
                    limit = i;
                } else if (!selfLoops && ids.get(s).equals(ids.get(t))) {
                    cause[0] = failure(() -> factory.require(Capability.SELF_LOOPS));
                    limit = i;
                }
            }
        }
        int invalid = limitByValues(factory, cells, limit, cause);
        return new BulkAdd(
                Kind.INDEXED_EDGES,
                ids,
                null,
                null,
                sourceIndices,
                targetIndices,
                count,
                cells,
                invalid,
                cause[0]);
    }

    private static void requireIndex(String array, int row, int index, int size) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(
                    array
                            + "["
                            + row
                            + "] is "
                            + index
                            + "; expected a position in ids, 0 to "
                            + (size - 1));
        }
    }

    /** Normalizes the values of the rows below {@code limit}; the first bad row, or the limit. */
    private static int limitByValues(
            OperationFactory factory, AttributeColumns cells, int limit, RuntimeException[] cause) {
        return cells.normalize(factory.values, limit, cause);
    }

    /** The exception a check throws, which must throw. */
    private static RuntimeException failure(Runnable check) {
        try {
            check.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("the check passed");
    }

    /** Rows in the call. */
    int count() {
        return count;
    }

    /** The first row whose arguments are invalid, or {@link #count()} if all are valid. */
    int invalidRow() {
        return invalidRow;
    }

    /** What {@link #invalidRow()} would throw on its own; null if every row is valid. */
    RuntimeException invalidCause() {
        return invalidCause;
    }

    /** Row {@code i}'s node (nodes) or source (edges). */
    String first(int i) {
        return switch (kind) {
            case NODES -> ids.get(i);
            case EDGES -> sources.get(i);
            case INDEXED_EDGES -> ids.get(sourceIndices[i]);
        };
    }

    /** Row {@code i}'s target (edges only). */
    String second(int i) {
        return kind == Kind.EDGES ? targets.get(i) : ids.get(targetIndices[i]);
    }

    boolean isNodes() {
        return kind == Kind.NODES;
    }

    /** Row {@code i}'s attributes as a map (for the row-by-row merge path). */
    Map<String, Object> attributes(int i) {
        return columns.row(i);
    }

    /** The call row {@code i} stands for, as messages name it: {@code addEdge("a", "b")}. */
    String describe(int i, String verb) {
        Element element =
                kind == Kind.NODES ? Element.node(first(i)) : Element.edge(first(i), second(i));
        return element.call(verb);
    }

    /**
     * Adds the valid rows to {@code store} in one store call (under the write lock), the rows whose
     * element exists passed over if {@code skipExisting}. Returns null if every row was added or
     * passed over; otherwise the first row that failed, the invalid one or one the store stopped
     * at, with everything the call added taken back.
     */
    RowFailure apply(GraphStore store, boolean skipExisting) {
        int nodesBefore = store.nodeCount();
        int edgesBefore = store.edgeCount();
        String[] keys = columns.keys;
        Object[][] values = columns.values;
        int stop;
        if (kind == Kind.NODES) {
            store.reserve(invalidRow, 0);
            stop = store.addNodes(ids, invalidRow, keys, values, skipExisting);
        } else {
            store.reserve(0, invalidRow);
            stop =
                    kind == Kind.EDGES
                            ? store.addEdges(
                                    sources, targets, invalidRow, keys, values, skipExisting)
                            : store.addEdges(
                                    ids,
                                    sourceIndices,
                                    targetIndices,
                                    invalidRow,
                                    keys,
                                    values,
                                    skipExisting);
        }
        if (stop == invalidRow && invalidCause == null) {
            return null;
        }
        RuntimeException cause = stop < invalidRow ? stateFailure(store, stop) : invalidCause;
        store.truncate(nodesBefore, edgesBefore);
        return new RowFailure(stop, describe(stop, "add"), cause);
    }

    /** Why the store stopped at {@code row}, asked of the state the row met. */
    private RuntimeException stateFailure(GraphStore store, int row) {
        String first = first(row);
        if (kind == Kind.NODES) {
            return new NodeExistsException(first);
        }
        String second = second(row);
        if (!store.containsNode(first)) {
            return new NodeNotFoundException(first);
        }
        if (!store.containsNode(second)) {
            return new NodeNotFoundException(second);
        }
        return new EdgeExistsException(first, second);
    }
}
