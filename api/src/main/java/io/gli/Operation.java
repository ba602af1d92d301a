package io.gli;

import io.gli.spi.GraphStore;
import java.util.List;
import java.util.Map;

/**
 * One change to a graph, with arguments already checked and attributes normalized. Single calls and
 * batches both run as operations, so the preconditions are written once: {@link #check} against the
 * state the operation will meet, then {@link #apply}, which cannot fail.
 *
 * <p>Every operation but the adds is one record over an {@link Element}, the same code for nodes
 * and edges. The adds ({@link Add}) are the hot path: each is its own element and looks each ID up
 * once ({@link #checkAndApply}).
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

    /** Like {@code addNode("a")}, for messages. */
    String describe();

    /**
     * An operation that can be taken back in place: adds and attribute updates. A batch made only
     * of these is applied directly and undone on failure; one with removals is checked in full
     * first.
     */
    sealed interface Undoable extends Operation {
        /**
         * Applies the operation (already checked) and returns how to take it back: the operation
         * itself for an add, which needs no memory to be undone.
         */
        Undo applyUndoably(GraphStore store);

        /** {@link #checkAndApply}, returning what {@link #applyUndoably} returns. */
        default Undo checkAndApplyUndoably(GraphStore store) {
            check(GraphState.of(store));
            return applyUndoably(store);
        }
    }

    /**
     * An add: the element it adds is itself (so a single add allocates no element), and it is its
     * own undo, removing what it added, so that a batch of adds keeps no undo memos.
     */
    sealed interface Add extends Undoable, Undo, Element permits AddNode, AddEdge {
        /** The new element's attributes, normalized. */
        Map<String, Object> attributes();

        @Override
        default boolean apply(GraphStore store) {
            add(store, attributes());
            return true;
        }

        @Override
        default Undo applyUndoably(GraphStore store) {
            apply(store);
            return this;
        }

        @Override
        default Undo checkAndApplyUndoably(GraphStore store) {
            checkAndApply(store);
            return this;
        }

        @Override
        default void undo(GraphStore store) {
            remove(store);
        }

        @Override
        default void record(Overlay state) {
            recordAdded(state);
        }

        @Override
        default String describe() {
            return call("add");
        }
    }

    /** {@link Graph#addNode(String, Map)}. */
    record AddNode(String id, Map<String, Object> attributes) implements Add, Element.OfNode {
        @Override
        public void check(GraphState state) {
            if (state.hasNode(id)) {
                throw new NodeExistsException(id);
            }
        }

        /** Looks the ID up once: the store adds the node only if it is absent. */
        @Override
        public boolean checkAndApply(GraphStore store) {
            if (!store.addNodeIfAbsent(id, attributes)) {
                throw new NodeExistsException(id);
            }
            return true;
        }
    }

    /** {@link Graph#addEdge(String, String, Map)}. */
    record AddEdge(String source, String target, Map<String, Object> attributes)
            implements Add, Element.OfEdge {
        @Override
        public void check(GraphState state) {
            requireEnds(state);
            if (state.hasEdge(source, target)) {
                throw new EdgeExistsException(source, target);
            }
        }

        /** Looks each ID up once: the store checks the endpoints and adds the edge in one call. */
        @Override
        public boolean checkAndApply(GraphStore store) {
            return switch (store.addEdgeIfAbsent(source, target, attributes)) {
                case GraphStore.EDGE_ADDED -> true;
                case GraphStore.SOURCE_MISSING -> throw new NodeNotFoundException(source);
                case GraphStore.TARGET_MISSING -> throw new NodeNotFoundException(target);
                default -> throw new EdgeExistsException(source, target);
            };
        }
    }

    /** {@link Graph#mergeNode} or {@link Graph#mergeEdge}: adds the element or updates it. */
    record Merge(Element element, Map<String, Object> attributes) implements Undoable {
        @Override
        public void check(GraphState state) {
            element.requireEnds(state);
        }

        @Override
        public boolean apply(GraphStore store) {
            if (element.isIn(store)) {
                if (!attributes.isEmpty()) {
                    element.putAttributes(store, attributes);
                }
                return false;
            }
            element.add(store, attributes);
            return true;
        }

        @Override
        public Undo applyUndoably(GraphStore store) {
            Undo undo =
                    element.isIn(store)
                            ? Undo.Restore.of(element, attributes.keySet(), store)
                            : new Undo.Removal(element);
            apply(store);
            return undo;
        }

        @Override
        public void record(Overlay state) {
            element.recordAdded(state);
        }

        @Override
        public String describe() {
            return element.call("merge");
        }
    }

    /**
     * Sets attributes of an existing element; {@code method} is the call staged (such as
     * setNodeAttribute or updateEdgeAttributes), for {@link #describe}.
     */
    record PutAttributes(String method, Element element, Map<String, Object> attributes)
            implements Undoable {
        @Override
        public void check(GraphState state) {
            element.requireExists(state);
        }

        @Override
        public boolean apply(GraphStore store) {
            element.putAttributes(store, attributes);
            return false;
        }

        @Override
        public Undo applyUndoably(GraphStore store) {
            Undo undo = Undo.Restore.of(element, attributes.keySet(), store);
            apply(store);
            return undo;
        }

        @Override
        public void record(Overlay state) {}

        @Override
        public String describe() {
            return method + "(" + element.args() + ")";
        }
    }

    /** {@link Graph#removeNodeAttribute} or {@link Graph#removeEdgeAttribute}. */
    record RemoveAttribute(Element element, String key) implements Undoable {
        @Override
        public void check(GraphState state) {
            element.requireExists(state);
        }

        @Override
        public boolean apply(GraphStore store) {
            return element.removeAttribute(store, key);
        }

        @Override
        public Undo applyUndoably(GraphStore store) {
            Object previous = element.attribute(store, key);
            apply(store);
            return previous == null
                    ? Undo.NOTHING
                    : new Undo.Restore(element, Map.of(key, previous), List.of());
        }

        @Override
        public void record(Overlay state) {}

        @Override
        public String describe() {
            return "remove"
                    + element.kind()
                    + "Attribute("
                    + element.args()
                    + ", "
                    + Errors.quote(key)
                    + ")";
        }
    }

    /**
     * {@link Graph#removeNode} or {@link Graph#removeEdge}: not undoable in place, so a batch that
     * holds one is checked in full before anything is applied.
     */
    record Remove(Element element) implements Operation {
        @Override
        public void check(GraphState state) {
            element.requireExists(state);
        }

        @Override
        public boolean apply(GraphStore store) {
            element.remove(store);
            return true;
        }

        @Override
        public void record(Overlay state) {
            element.recordRemoved(state);
        }

        @Override
        public String describe() {
            return element.call("remove");
        }
    }
}
