package io.gli;

import io.gli.spi.GraphStore;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@link BulkLoad} of a {@link StandardGraph}, alive for one {@link Graph#bulkLoad} body and
 * used under the graph's write lock: each row is checked and applied against the store in place,
 * and what it did is kept, so that a failed call, or a failed body, is taken back last first.
 */
final class StandardBulkLoad implements BulkLoad {
    private final OperationFactory factory;
    private final GraphStore store;
    private final List<Undo> undos = new ArrayList<>();
    private boolean open = true;

    StandardBulkLoad(OperationFactory factory, GraphStore store) {
        this.factory = factory;
        this.store = store;
    }

    @Override
    public void expect(long nodes, long edges) {
        requireOpen();
        if (nodes < 0 || edges < 0) {
            throw new IllegalArgumentException(
                    "expected counts must not be negative, got " + nodes + " and " + edges);
        }
        store.reserve(
                (int) Math.min(nodes, Integer.MAX_VALUE), (int) Math.min(edges, Integer.MAX_VALUE));
    }

    @Override
    public void addNodes(
            List<String> ids, Map<String, ? extends List<?>> columns, OnDuplicate onDuplicate) {
        requireOpen();
        Errors.requireNonNull(ids, "ids");
        Errors.requireNonNull(onDuplicate, "onDuplicate");
        List<Map<String, Object>> rows = AttributeRows.of(columns, ids.size());
        int mark = undos.size();
        for (int i = 0; i < ids.size(); i++) {
            Operation operation = null;
            try {
                String id = ids.get(i);
                if (onDuplicate == OnDuplicate.SKIP
                        && id != null
                        && !id.isEmpty()
                        && store.containsNode(id)) {
                    continue;
                }
                operation =
                        onDuplicate == OnDuplicate.MERGE
                                ? factory.mergeNodeOperation(id, rows.get(i))
                                : factory.addNodeOperation(id, rows.get(i));
                undos.add(((Operation.Undoable) operation).checkAndApplyUndoably(store));
            } catch (RuntimeException e) {
                undoTo(mark);
                throw rowFailure(i, operation, "addNode(" + ids.get(i) + ")", e);
            }
        }
    }

    @Override
    public void addEdges(
            List<String> sources,
            List<String> targets,
            Map<String, ? extends List<?>> columns,
            OnDuplicate onDuplicate) {
        requireOpen();
        Errors.requireNonNull(sources, "sources");
        Errors.requireNonNull(targets, "targets");
        Errors.requireNonNull(onDuplicate, "onDuplicate");
        if (targets.size() != sources.size()) {
            throw Errors.columnLength("targets", targets.size(), sources.size());
        }
        List<Map<String, Object>> rows = AttributeRows.of(columns, sources.size());
        int mark = undos.size();
        for (int i = 0; i < sources.size(); i++) {
            Operation operation = null;
            try {
                String source = sources.get(i);
                String target = targets.get(i);
                if (onDuplicate == OnDuplicate.SKIP
                        && source != null
                        && target != null
                        && store.containsEdge(source, target)) {
                    continue;
                }
                operation =
                        onDuplicate == OnDuplicate.MERGE
                                ? factory.mergeEdgeOperation(source, target, rows.get(i))
                                : factory.addEdgeOperation(source, target, rows.get(i));
                undos.add(((Operation.Undoable) operation).checkAndApplyUndoably(store));
            } catch (RuntimeException e) {
                undoTo(mark);
                throw rowFailure(
                        i, operation, "addEdge(" + sources.get(i) + ", " + targets.get(i) + ")", e);
            }
        }
    }

    @Override
    public void addEdges(
            List<String> ids,
            int[] sourceIndices,
            int[] targetIndices,
            int count,
            Map<String, ? extends List<?>> columns,
            OnDuplicate onDuplicate) {
        requireOpen();
        Errors.requireNonNull(ids, "ids");
        Errors.requireNonNull(sourceIndices, "sourceIndices");
        Errors.requireNonNull(targetIndices, "targetIndices");
        if (count < 0 || count > sourceIndices.length || count > targetIndices.length) {
            throw new IndexOutOfBoundsException(
                    "count "
                            + count
                            + " outside the index arrays (lengths "
                            + sourceIndices.length
                            + " and "
                            + targetIndices.length
                            + ")");
        }
        for (int i = 0; i < count; i++) {
            java.util.Objects.checkIndex(sourceIndices[i], ids.size());
            java.util.Objects.checkIndex(targetIndices[i], ids.size());
        }
        addEdges(
                indexed(ids, sourceIndices, count),
                indexed(ids, targetIndices, count),
                columns,
                onDuplicate);
    }

    private static List<String> indexed(List<String> ids, int[] indices, int count) {
        return new AbstractList<>() {
            @Override
            public String get(int i) {
                return ids.get(indices[java.util.Objects.checkIndex(i, count)]);
            }

            @Override
            public int size() {
                return count;
            }
        };
    }

    @Override
    public boolean hasNode(String id) {
        requireOpen();
        Errors.requireId(id, "node id");
        return store.containsNode(id);
    }

    @Override
    public boolean hasEdge(String source, String target) {
        requireOpen();
        Errors.requireEndpoints(source, target);
        return store.containsEdge(source, target);
    }

    @Override
    public int nodeCount() {
        requireOpen();
        return store.nodeCount();
    }

    @Override
    public int edgeCount() {
        requireOpen();
        return store.edgeCount();
    }

    /** Takes back everything this load did; called when the body failed. */
    void undoAll() {
        undoTo(0);
    }

    /** Ends the load: the loader refuses any later use. */
    void close() {
        open = false;
    }

    private void undoTo(int mark) {
        for (int j = undos.size() - 1; j >= mark; j--) {
            undos.remove(j).undo(store);
        }
    }

    private void requireOpen() {
        if (!open) {
            throw new IllegalStateException(
                    "this bulk load has ended: use the loader only inside its body");
        }
    }

    private static BatchException rowFailure(
            int row, Operation operation, String fallback, RuntimeException cause) {
        return new BatchException(row, operation == null ? fallback : operation.describe(), cause);
    }
}
