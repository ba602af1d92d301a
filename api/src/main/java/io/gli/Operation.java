package io.gli;

import io.gli.spi.GraphStore;
import java.util.Map;

/**
 * One change to a graph, with arguments already checked and attributes normalized. Single calls and
 * batches both run as operations, so the preconditions are written once: {@link #check} against the
 * state the operation will meet, then {@link #apply}, which cannot fail.
 */
sealed interface Operation {

    /** Throws the contract's exception if this operation cannot apply to {@code state}. */
    void check(GraphState state);

    /**
     * Makes the change {@link #check} accepted; returns whether it created (merges) or removed
     * (attributes).
     */
    boolean apply(GraphStore store);

    /**
     * Checks and applies this operation against the store itself, as one step; throws as {@link
     * #check} would, changing nothing. Adds override it to look each ID up once.
     */
    default boolean checkAndApply(GraphStore store) {
        check(GraphState.of(store));
        return apply(store);
    }

    /**
     * What {@code state} looks like after this operation; called only after {@link #check} passed.
     */
    void record(Overlay state);

    /** Like {@code addNode("a", {k=v})}, for messages. */
    String describe();

    /**
     * An operation that can be taken back in place: adds and attribute updates. A batch made only
     * of these is applied directly and undone on failure; one with removals is checked in full
     * first.
     */
    sealed interface Undoable extends Operation {
        /**
         * Applies the operation (already checked) and returns what {@link #undo} needs, or null
         * when the operation itself says enough.
         */
        Object applyUndoably(GraphStore store);

        /** Restores the state before {@link #applyUndoably}, given what it returned. */
        void undo(GraphStore store, Object memo);

        /**
         * {@link #checkAndApply}, returning what {@link #undo} needs, as {@link #applyUndoably}
         * does.
         */
        default Object checkAndApplyUndoably(GraphStore store) {
            check(GraphState.of(store));
            return applyUndoably(store);
        }
    }

    /** What the attributes named by {@code changes} were before: value, or {@link #ABSENT}. */
    private static Map<String, Object> previous(
            Map<String, Object> changes, java.util.function.Function<String, Object> current) {
        Map<String, Object> before = new java.util.HashMap<>();
        for (String key : changes.keySet()) {
            Object value = current.apply(key);
            before.put(key, value == null ? ABSENT : value);
        }
        return before;
    }

    /** Marks an attribute that did not exist, in an undo memo. */
    Object ABSENT = new Object();

    /** Marks a merge that created its element, in an undo memo. */
    Object CREATED = new Object();

    @SuppressWarnings("unchecked")
    private static void restoreNode(GraphStore store, String id, Object memo) {
        Map<String, Object> puts = new java.util.HashMap<>();
        ((Map<String, Object>) memo)
                .forEach(
                        (key, value) -> {
                            if (value == ABSENT) {
                                store.removeNodeAttribute(id, key);
                            } else {
                                puts.put(key, value);
                            }
                        });
        if (!puts.isEmpty()) {
            store.putNodeAttributes(id, puts);
        }
    }

    @SuppressWarnings("unchecked")
    private static void restoreEdge(GraphStore store, String source, String target, Object memo) {
        Map<String, Object> puts = new java.util.HashMap<>();
        ((Map<String, Object>) memo)
                .forEach(
                        (key, value) -> {
                            if (value == ABSENT) {
                                store.removeEdgeAttribute(source, target, key);
                            } else {
                                puts.put(key, value);
                            }
                        });
        if (!puts.isEmpty()) {
            store.putEdgeAttributes(source, target, puts);
        }
    }

    private static String args(String... ids) {
        StringBuilder out = new StringBuilder();
        for (String id : ids) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(Errors.quote(id));
        }
        return out.toString();
    }

    record AddNode(String id, Map<String, Object> attributes) implements Undoable {
        public Object applyUndoably(GraphStore store) {
            apply(store);
            return null;
        }

        @Override
        public boolean checkAndApply(GraphStore store) {
            if (!store.addNodeIfAbsent(id, attributes)) {
                throw new NodeExistsException(id);
            }
            return true;
        }

        @Override
        public Object checkAndApplyUndoably(GraphStore store) {
            checkAndApply(store);
            return null;
        }

        public void undo(GraphStore store, Object memo) {
            store.removeNode(id);
        }

        public void check(GraphState state) {
            if (state.hasNode(id)) {
                throw new NodeExistsException(id);
            }
        }

        public boolean apply(GraphStore store) {
            store.addNode(id, attributes);
            return true;
        }

        public void record(Overlay state) {
            state.nodeAdded(id);
        }

        public String describe() {
            return "addNode(" + args(id) + ")";
        }
    }

    record MergeNode(String id, Map<String, Object> attributes) implements Undoable {
        public Object applyUndoably(GraphStore store) {
            Object memo =
                    store.containsNode(id)
                            ? previous(attributes, key -> store.nodeAttribute(id, key))
                            : CREATED;
            apply(store);
            return memo;
        }

        public void undo(GraphStore store, Object memo) {
            if (memo == CREATED) {
                store.removeNode(id);
            } else {
                restoreNode(store, id, memo);
            }
        }

        public void check(GraphState state) {}

        public boolean apply(GraphStore store) {
            if (store.containsNode(id)) {
                if (!attributes.isEmpty()) {
                    store.putNodeAttributes(id, attributes);
                }
                return false;
            }
            store.addNode(id, attributes);
            return true;
        }

        public void record(Overlay state) {
            state.nodeAdded(id);
        }

        public String describe() {
            return "mergeNode(" + args(id) + ")";
        }
    }

    /**
     * {@code method} is the call staged, setNodeAttribute or updateNodeAttributes, for {@link
     * #describe}.
     */
    record PutNodeAttributes(String method, String id, Map<String, Object> attributes)
            implements Undoable {
        public Object applyUndoably(GraphStore store) {
            Object memo = previous(attributes, key -> store.nodeAttribute(id, key));
            apply(store);
            return memo;
        }

        public void undo(GraphStore store, Object memo) {
            restoreNode(store, id, memo);
        }

        public void check(GraphState state) {
            if (!state.hasNode(id)) {
                throw new NodeNotFoundException(id);
            }
        }

        public boolean apply(GraphStore store) {
            store.putNodeAttributes(id, attributes);
            return false;
        }

        public void record(Overlay state) {}

        public String describe() {
            return method + "(" + args(id) + ")";
        }
    }

    record RemoveNodeAttribute(String id, String key) implements Undoable {
        public Object applyUndoably(GraphStore store) {
            Object memo = store.nodeAttribute(id, key);
            apply(store);
            return memo;
        }

        public void undo(GraphStore store, Object memo) {
            if (memo != null) {
                store.putNodeAttributes(id, Map.of(key, memo));
            }
        }

        public void check(GraphState state) {
            if (!state.hasNode(id)) {
                throw new NodeNotFoundException(id);
            }
        }

        public boolean apply(GraphStore store) {
            return store.removeNodeAttribute(id, key);
        }

        public void record(Overlay state) {}

        public String describe() {
            return "removeNodeAttribute(" + args(id, key) + ")";
        }
    }

    record RemoveNode(String id) implements Operation {
        public void check(GraphState state) {
            if (!state.hasNode(id)) {
                throw new NodeNotFoundException(id);
            }
        }

        public boolean apply(GraphStore store) {
            store.removeNode(id);
            return true;
        }

        public void record(Overlay state) {
            state.nodeRemoved(id);
        }

        public String describe() {
            return "removeNode(" + args(id) + ")";
        }
    }

    record AddEdge(String source, String target, Map<String, Object> attributes)
            implements Undoable {
        public Object applyUndoably(GraphStore store) {
            apply(store);
            return null;
        }

        @Override
        public boolean checkAndApply(GraphStore store) {
            switch (store.addEdgeIfAbsent(source, target, attributes)) {
                case GraphStore.EDGE_ADDED:
                    return true;
                case GraphStore.SOURCE_MISSING:
                    throw new NodeNotFoundException(source);
                case GraphStore.TARGET_MISSING:
                    throw new NodeNotFoundException(target);
                default:
                    throw new EdgeExistsException(source, target);
            }
        }

        @Override
        public Object checkAndApplyUndoably(GraphStore store) {
            checkAndApply(store);
            return null;
        }

        public void undo(GraphStore store, Object memo) {
            store.removeEdge(source, target);
        }

        public void check(GraphState state) {
            requireEndpoints(state, source, target);
            if (state.hasEdge(source, target)) {
                throw new EdgeExistsException(source, target);
            }
        }

        public boolean apply(GraphStore store) {
            store.addEdge(source, target, attributes);
            return true;
        }

        public void record(Overlay state) {
            state.edgeAdded(source, target);
        }

        public String describe() {
            return "addEdge(" + args(source, target) + ")";
        }
    }

    record MergeEdge(String source, String target, Map<String, Object> attributes)
            implements Undoable {
        public Object applyUndoably(GraphStore store) {
            Object memo =
                    store.containsEdge(source, target)
                            ? previous(attributes, key -> store.edgeAttribute(source, target, key))
                            : CREATED;
            apply(store);
            return memo;
        }

        public void undo(GraphStore store, Object memo) {
            if (memo == CREATED) {
                store.removeEdge(source, target);
            } else {
                restoreEdge(store, source, target, memo);
            }
        }

        public void check(GraphState state) {
            requireEndpoints(state, source, target);
        }

        public boolean apply(GraphStore store) {
            if (store.containsEdge(source, target)) {
                if (!attributes.isEmpty()) {
                    store.putEdgeAttributes(source, target, attributes);
                }
                return false;
            }
            store.addEdge(source, target, attributes);
            return true;
        }

        public void record(Overlay state) {
            state.edgeAdded(source, target);
        }

        public String describe() {
            return "mergeEdge(" + args(source, target) + ")";
        }
    }

    /**
     * {@code method} is the call staged, setEdgeAttribute or updateEdgeAttributes, for {@link
     * #describe}.
     */
    record PutEdgeAttributes(
            String method, String source, String target, Map<String, Object> attributes)
            implements Undoable {
        public Object applyUndoably(GraphStore store) {
            Object memo = previous(attributes, key -> store.edgeAttribute(source, target, key));
            apply(store);
            return memo;
        }

        public void undo(GraphStore store, Object memo) {
            restoreEdge(store, source, target, memo);
        }

        public void check(GraphState state) {
            requireEdge(state, source, target);
        }

        public boolean apply(GraphStore store) {
            store.putEdgeAttributes(source, target, attributes);
            return false;
        }

        public void record(Overlay state) {}

        public String describe() {
            return method + "(" + args(source, target) + ")";
        }
    }

    record RemoveEdgeAttribute(String source, String target, String key) implements Undoable {
        public Object applyUndoably(GraphStore store) {
            Object memo = store.edgeAttribute(source, target, key);
            apply(store);
            return memo;
        }

        public void undo(GraphStore store, Object memo) {
            if (memo != null) {
                store.putEdgeAttributes(source, target, Map.of(key, memo));
            }
        }

        public void check(GraphState state) {
            requireEdge(state, source, target);
        }

        public boolean apply(GraphStore store) {
            return store.removeEdgeAttribute(source, target, key);
        }

        public void record(Overlay state) {}

        public String describe() {
            return "removeEdgeAttribute(" + args(source, target, key) + ")";
        }
    }

    record RemoveEdge(String source, String target) implements Operation {
        public void check(GraphState state) {
            requireEdge(state, source, target);
        }

        public boolean apply(GraphStore store) {
            store.removeEdge(source, target);
            return true;
        }

        public void record(Overlay state) {
            state.edgeRemoved(source, target);
        }

        public String describe() {
            return "removeEdge(" + args(source, target) + ")";
        }
    }

    private static void requireEndpoints(GraphState state, String source, String target) {
        if (!state.hasNode(source)) {
            throw new NodeNotFoundException(source);
        }
        if (!state.hasNode(target)) {
            throw new NodeNotFoundException(target);
        }
    }

    private static void requireEdge(GraphState state, String source, String target) {
        if (!state.hasEdge(source, target)) {
            throw new EdgeNotFoundException(source, target);
        }
    }
}
