package io.gli;

import io.gli.spi.GraphStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@link BulkLoad} of a {@link StandardGraph}, alive for one {@link Graph#bulkLoad} body and
 * used under the graph's write lock. Each call is one {@link BulkAdd}: checked, then handed to the
 * store's bulk add ({@link OnDuplicate#FAIL} and {@link OnDuplicate#SKIP}) or, for {@link
 * OnDuplicate#MERGE}, applied row by row as merges.
 *
 * <p>Taking back relies on a load only adding: whatever it added is the newest nodes and edges, so
 * {@link GraphStore#truncate} to the counts at the start of a call (or of the load) removes exactly
 * that. What merges changed on elements that existed is kept as {@link Undo}s, restored last first
 * before the truncation.
 */
final class StandardBulkLoad implements BulkLoad {
    private final OperationFactory factory;
    private final GraphStore store;
    private final int nodesBefore;
    private final int edgesBefore;

    /** What merges changed on existing elements, in order; adds need none (see the class). */
    private final List<Undo> restores = new ArrayList<>();

    /** The body's thread, the only one that may use the loader. */
    private final Thread owner = Thread.currentThread();

    private boolean open = true;

    StandardBulkLoad(OperationFactory factory, GraphStore store) {
        this.factory = factory;
        this.store = store;
        this.nodesBefore = store.nodeCount();
        this.edgesBefore = store.edgeCount();
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
        Errors.requireNonNull(onDuplicate, "onDuplicate");
        run(BulkAdd.nodes(factory, ids, columns), onDuplicate);
    }

    @Override
    public void addEdges(
            List<String> sources,
            List<String> targets,
            Map<String, ? extends List<?>> columns,
            OnDuplicate onDuplicate) {
        requireOpen();
        Errors.requireNonNull(onDuplicate, "onDuplicate");
        run(BulkAdd.edges(factory, sources, targets, columns), onDuplicate);
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
        Errors.requireNonNull(onDuplicate, "onDuplicate");
        run(
                BulkAdd.indexedEdges(factory, ids, sourceIndices, targetIndices, count, columns),
                onDuplicate);
    }

    private void run(BulkAdd add, OnDuplicate onDuplicate) {
        BulkAdd.RowFailure failure =
                onDuplicate == OnDuplicate.MERGE
                        ? merge(add)
                        : add.apply(store, onDuplicate == OnDuplicate.SKIP);
        if (failure != null) {
            throw failure.asBatchException();
        }
    }

    /** The merge path: row by row, each as {@link Graph#mergeNode} or {@link Graph#mergeEdge}. */
    private BulkAdd.RowFailure merge(BulkAdd add) {
        int nodes = store.nodeCount();
        int edges = store.edgeCount();
        int mark = restores.size();
        for (int i = 0; i < add.invalidRow(); i++) {
            Operation operation =
                    add.isNodes()
                            ? factory.mergeNodeOperation(add.first(i), add.attributes(i))
                            : factory.mergeEdgeOperation(
                                    add.first(i), add.second(i), add.attributes(i));
            try {
                Undo undo = ((Operation.Undoable) operation).checkAndApplyUndoably(store);
                if (!(undo instanceof Undo.Removal)) { // an add: the truncation takes it back
                    restores.add(undo);
                }
            } catch (RuntimeException e) {
                undoTo(mark, nodes, edges);
                return new BulkAdd.RowFailure(i, operation.describe(), e);
            }
        }
        if (add.invalidCause() != null) {
            undoTo(mark, nodes, edges);
            int row = add.invalidRow();
            return new BulkAdd.RowFailure(row, add.describe(row, "merge"), add.invalidCause());
        }
        return null;
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
        undoTo(0, nodesBefore, edgesBefore);
    }

    /** Ends the load: the loader refuses any later use. */
    void close() {
        open = false;
    }

    /** Restores the merges from {@code mark} on, last first, then removes the newer adds. */
    private void undoTo(int mark, int nodes, int edges) {
        for (int j = restores.size() - 1; j >= mark; j--) {
            restores.remove(j).undo(store);
        }
        store.truncate(nodes, edges);
    }

    private void requireOpen() {
        if (!open) {
            throw new IllegalStateException(
                    "this bulk load has ended: use the loader only inside its body");
        }
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException(
                    "this bulk load belongs to thread "
                            + owner.getName()
                            + ": use the loader only from its body's thread");
        }
    }
}
