package io.gli;

import io.gli.spi.GraphStore;
import java.util.List;

/**
 * The batch engine: applies a list of operations to a store as one unit, all of them or none. Made
 * outside the lock (it counts the adds to reserve room for), {@linkplain #run run} under the write
 * lock, so readers see none of it until it is through.
 *
 * <p>Each operation meets the state the earlier ones left. A failure is thrown as the operation
 * alone would throw it, or wrapped in a {@link BatchException} naming it (for {@link
 * Batch#commit}). Two ways to get there, chosen by what the list holds:
 *
 * <ul>
 *   <li>only {@link Operation.Undoable} operations (adds, merges, attribute updates): each is
 *       checked and applied against the store itself, keeping its {@link Undo}; on the first
 *       failure the applied ones are undone, last first. Nothing is looked up twice, and an add
 *       keeps no undo.
 *   <li>any removal, which cannot be undone in place: every operation is checked first against an
 *       {@link Overlay} (the store plus the effect of the operations before), then all are applied.
 * </ul>
 */
final class AtomicApply implements Runnable {
    private final GraphStore store;
    private final boolean directed;
    private final List<Operation> operations;
    private final boolean wrapFailures;
    private final boolean removes;
    private final int nodeAdds;
    private final int edgeAdds;

    /**
     * @param directed whether the graph is directed, for the overlay's edge keys
     * @param wrapFailures whether a failure is wrapped in a {@link BatchException}
     */
    AtomicApply(
            GraphStore store, boolean directed, List<Operation> operations, boolean wrapFailures) {
        this.store = store;
        this.directed = directed;
        this.operations = operations;
        this.wrapFailures = wrapFailures;
        boolean anyRemove = false;
        int nodes = 0;
        int edges = 0;
        for (Operation operation : operations) {
            anyRemove |= !(operation instanceof Operation.Undoable);
            if (operation instanceof Operation.AddNode) {
                nodes++;
            } else if (operation instanceof Operation.AddEdge) {
                edges++;
            } else if (operation instanceof Operation.Merge merge) {
                if (merge.element() instanceof Element.OfNode) {
                    nodes++;
                } else {
                    edges++;
                }
            }
        }
        this.removes = anyRemove;
        this.nodeAdds = nodes;
        this.edgeAdds = edges;
    }

    /** Applies the operations; call under the store's write lock. */
    @Override
    public void run() {
        store.reserve(nodeAdds, edgeAdds);
        if (removes) {
            checkThenApply();
        } else {
            applyOrUndo();
        }
    }

    private void checkThenApply() {
        Overlay overlay = new Overlay(store, directed);
        for (int i = 0; i < operations.size(); i++) {
            Operation operation = operations.get(i);
            try {
                operation.check(overlay);
            } catch (RuntimeException e) {
                throw failure(i, e);
            }
            operation.record(overlay);
        }
        for (Operation operation : operations) {
            operation.apply(store);
        }
    }

    private void applyOrUndo() {
        Undo[] undos = null; // only for the operations that are not their own undo
        int i = 0;
        try {
            for (; i < operations.size(); i++) {
                Operation.Undoable operation = (Operation.Undoable) operations.get(i);
                Undo undo = operation.checkAndApplyUndoably(store);
                if (undo != operation) {
                    if (undos == null) {
                        undos = new Undo[operations.size()];
                    }
                    undos[i] = undo;
                }
            }
        } catch (RuntimeException e) {
            for (int j = i - 1; j >= 0; j--) {
                Undo undo = undos == null ? null : undos[j];
                (undo != null ? undo : (Undo) operations.get(j)).undo(store);
            }
            throw failure(i, e);
        }
    }

    private RuntimeException failure(int index, RuntimeException e) {
        return wrapFailures ? new BatchException(index, operations.get(index).describe(), e) : e;
    }
}
