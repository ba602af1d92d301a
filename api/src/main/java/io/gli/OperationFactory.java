package io.gli;

import java.util.Map;
import java.util.Set;

/**
 * Turns the arguments of a write into an {@link Operation}: checks them (IDs, keys, the
 * capabilities the write needs) and normalizes attributes, before anything is locked or changed.
 * Whether the graph's state allows the operation is checked later, when it is applied. A single
 * write and a staged one ({@link Batch}) are made here alike, so both refuse bad input in the same
 * words.
 *
 * <p>{@link StandardGraph} extends this class rather than holding one, so that a single write
 * reaches the attribute rules through the graph's own fields: the hot path follows no extra
 * pointer.
 */
abstract sealed class OperationFactory permits StandardGraph {
    /** What the graph's backend offers; immutable. */
    final Set<Capability> capabilities;

    /** The rules for attribute values on this backend. */
    final AttributeValues values;

    private final String backend;

    OperationFactory(Set<Capability> capabilities, String backend) {
        this.capabilities = Set.copyOf(capabilities);
        this.values = new AttributeValues(capabilities.contains(Capability.NESTED_VALUES), backend);
        this.backend = backend;
    }

    /**
     * Throws {@link UnsupportedOperationException} unless the backend offers {@code capability}.
     */
    final void require(Capability capability) {
        if (!capabilities.contains(capability)) {
            throw Errors.unsupported(backend, capability);
        }
    }

    // ---- nodes

    final Operation addNodeOperation(String id, Map<String, ?> attributes) {
        Errors.requireId(id, "node id");
        return new Operation.AddNode(id, values.normalizeAll(attributes));
    }

    final Operation mergeNodeOperation(String id, Map<String, ?> attributes) {
        Errors.requireId(id, "node id");
        return new Operation.Merge(Element.node(id), values.normalizeAll(attributes));
    }

    final Operation setNodeAttributeOperation(String id, String key, Object value) {
        Errors.requireId(id, "node id");
        Errors.requireKey(key);
        return new Operation.PutAttributes(
                "setNodeAttribute", Element.node(id), Map.of(key, values.normalize(key, value)));
    }

    final Operation updateNodeAttributesOperation(String id, Map<String, ?> attributes) {
        Errors.requireId(id, "node id");
        return new Operation.PutAttributes(
                "updateNodeAttributes", Element.node(id), values.normalizeAll(attributes));
    }

    final Operation removeNodeAttributeOperation(String id, String key) {
        Errors.requireId(id, "node id");
        Errors.requireKey(key);
        return new Operation.RemoveAttribute(Element.node(id), key);
    }

    final Operation removeNodeOperation(String id) {
        Errors.requireId(id, "node id");
        require(Capability.REMOVAL);
        return new Operation.Remove(Element.node(id));
    }

    // ---- edges

    final Operation addEdgeOperation(String source, String target, Map<String, ?> attributes) {
        checkNewEdge(source, target);
        return new Operation.AddEdge(source, target, values.normalizeAll(attributes));
    }

    final Operation mergeEdgeOperation(String source, String target, Map<String, ?> attributes) {
        checkNewEdge(source, target);
        return new Operation.Merge(Element.edge(source, target), values.normalizeAll(attributes));
    }

    final Operation setEdgeAttributeOperation(
            String source, String target, String key, Object value) {
        Errors.requireEndpoints(source, target);
        Errors.requireKey(key);
        return new Operation.PutAttributes(
                "setEdgeAttribute",
                Element.edge(source, target),
                Map.of(key, values.normalize(key, value)));
    }

    final Operation updateEdgeAttributesOperation(
            String source, String target, Map<String, ?> attributes) {
        Errors.requireEndpoints(source, target);
        return new Operation.PutAttributes(
                "updateEdgeAttributes",
                Element.edge(source, target),
                values.normalizeAll(attributes));
    }

    final Operation removeEdgeAttributeOperation(String source, String target, String key) {
        Errors.requireEndpoints(source, target);
        Errors.requireKey(key);
        return new Operation.RemoveAttribute(Element.edge(source, target), key);
    }

    final Operation removeEdgeOperation(String source, String target) {
        Errors.requireEndpoints(source, target);
        require(Capability.REMOVAL);
        return new Operation.Remove(Element.edge(source, target));
    }

    /** The endpoints' checks, and on a self-loop the capability it needs. */
    private void checkNewEdge(String source, String target) {
        Errors.requireEndpoints(source, target);
        if (source.equals(target)) {
            require(Capability.SELF_LOOPS);
        }
    }
}
