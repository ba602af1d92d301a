package io.gli;

import io.gli.spi.GraphStore;
import java.util.Map;

/**
 * The node or edge an operation names, with what an operation does to it: the store calls, state
 * checks and overlay records that differ between the two kinds. An operation that works the same on
 * both kinds (merge, attribute updates, removals) is written once over an {@code Element}. Adds are
 * not: they name their element directly, so that a single {@code addNode} or {@code addEdge}
 * allocates no element.
 */
sealed interface Element permits Element.OfNode, Element.OfEdge, Operation.Add {

    /** A node, by its ID. */
    static NodeElement node(String id) {
        return new NodeElement(id);
    }

    /** An edge, by its endpoints as the caller gave them. */
    static EdgeElement edge(String source, String target) {
        return new EdgeElement(source, target);
    }

    /** "Node" or "Edge", as in the names of the calls on it ({@code removeNode}). */
    String kind();

    /** The element's IDs quoted for a message, as a call's arguments: {@code "a", "b"}. */
    String args();

    /** The call {@code verb} on this element, as messages name it: {@code mergeNode("a")}. */
    default String call(String verb) {
        return verb + kind() + "(" + args() + ")";
    }

    /** Whether the element exists in {@code store}. */
    boolean isIn(GraphStore store);

    /** Throws the contract's not-found exception if the element is missing from {@code state}. */
    void requireExists(GraphState state);

    /**
     * Throws if what the element hangs on is missing from {@code state}: nothing for a node, the
     * endpoints for an edge (source first).
     */
    void requireEnds(GraphState state);

    /** Adds the element, which must be absent, with {@code attributes}. */
    void add(GraphStore store, Map<String, Object> attributes);

    /** Removes the element, which must exist. */
    void remove(GraphStore store);

    /** The element's value for {@code key}, or null; the element must exist. */
    Object attribute(GraphStore store, String key);

    /** Sets {@code attributes} on the element, which must exist. */
    void putAttributes(GraphStore store, Map<String, Object> attributes);

    /** Removes one attribute of the element, which must exist; whether it was there. */
    boolean removeAttribute(GraphStore store, String key);

    /** Notes in {@code state} that the element exists from now on. */
    void recordAdded(Overlay state);

    /** Notes in {@code state} that the element is gone from now on. */
    void recordRemoved(Overlay state);

    /** A node, by its ID. */
    record NodeElement(String id) implements OfNode {}

    /** An edge, by its endpoints as the caller gave them. */
    record EdgeElement(String source, String target) implements OfEdge {}

    /** A node element: what a node's ID tells the store. */
    sealed interface OfNode extends Element permits NodeElement, Operation.AddNode {
        /** The node's ID. */
        String id();

        @Override
        default String kind() {
            return "Node";
        }

        @Override
        default String args() {
            return Errors.quote(id());
        }

        @Override
        default boolean isIn(GraphStore store) {
            return store.containsNode(id());
        }

        @Override
        default void requireExists(GraphState state) {
            if (!state.hasNode(id())) {
                throw new NodeNotFoundException(id());
            }
        }

        @Override
        default void requireEnds(GraphState state) {}

        @Override
        default void add(GraphStore store, Map<String, Object> attributes) {
            store.addNode(id(), attributes);
        }

        @Override
        default void remove(GraphStore store) {
            store.removeNode(id());
        }

        @Override
        default Object attribute(GraphStore store, String key) {
            return store.nodeAttribute(id(), key);
        }

        @Override
        default void putAttributes(GraphStore store, Map<String, Object> attributes) {
            store.putNodeAttributes(id(), attributes);
        }

        @Override
        default boolean removeAttribute(GraphStore store, String key) {
            return store.removeNodeAttribute(id(), key);
        }

        @Override
        default void recordAdded(Overlay state) {
            state.nodeAdded(id());
        }

        @Override
        default void recordRemoved(Overlay state) {
            state.nodeRemoved(id());
        }
    }

    /** An edge element: what an edge's endpoints tell the store. */
    sealed interface OfEdge extends Element permits EdgeElement, Operation.AddEdge {
        /** The edge's source, as the caller gave it. */
        String source();

        /** The edge's target, as the caller gave it. */
        String target();

        @Override
        default String kind() {
            return "Edge";
        }

        @Override
        default String args() {
            return Errors.quote(source()) + ", " + Errors.quote(target());
        }

        @Override
        default boolean isIn(GraphStore store) {
            return store.containsEdge(source(), target());
        }

        @Override
        default void requireExists(GraphState state) {
            if (!state.hasEdge(source(), target())) {
                throw new EdgeNotFoundException(source(), target());
            }
        }

        @Override
        default void requireEnds(GraphState state) {
            if (!state.hasNode(source())) {
                throw new NodeNotFoundException(source());
            }
            if (!state.hasNode(target())) {
                throw new NodeNotFoundException(target());
            }
        }

        @Override
        default void add(GraphStore store, Map<String, Object> attributes) {
            store.addEdge(source(), target(), attributes);
        }

        @Override
        default void remove(GraphStore store) {
            store.removeEdge(source(), target());
        }

        @Override
        default Object attribute(GraphStore store, String key) {
            return store.edgeAttribute(source(), target(), key);
        }

        @Override
        default void putAttributes(GraphStore store, Map<String, Object> attributes) {
            store.putEdgeAttributes(source(), target(), attributes);
        }

        @Override
        default boolean removeAttribute(GraphStore store, String key) {
            return store.removeEdgeAttribute(source(), target(), key);
        }

        @Override
        default void recordAdded(Overlay state) {
            state.edgeAdded(source(), target());
        }

        @Override
        default void recordRemoved(Overlay state) {
            state.edgeRemoved(source(), target());
        }
    }
}
