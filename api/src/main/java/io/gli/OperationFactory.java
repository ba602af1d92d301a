package io.gli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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

    /** {@link Graph#addNodes(Collection)}: one add a node, none with attributes. */
    final List<Operation> addNodeOperations(Collection<String> ids) {
        Errors.requireNonNull(ids, "ids");
        List<Operation> operations = new ArrayList<>(ids.size());
        for (String id : ids) {
            operations.add(addNodeOperation(id, Map.of()));
        }
        return operations;
    }

    /** {@link Graph#addNodes(List, Map)}: one add a node, its attributes one row of the columns. */
    final List<Operation> addNodeOperations(
            List<String> ids, Map<String, ? extends List<?>> columns) {
        Errors.requireNonNull(ids, "ids");
        List<Map<String, Object>> rows = AttributeRows.of(columns, ids.size());
        List<Operation> operations = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            operations.add(addNodeOperation(ids.get(i), rows.get(i)));
        }
        return operations;
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

    /** {@link Graph#addEdges}: one add an edge, its attributes one row of the columns. */
    final List<Operation> addEdgeOperations(
            List<String> sources, List<String> targets, Map<String, ? extends List<?>> columns) {
        Errors.requireNonNull(sources, "sources");
        Errors.requireNonNull(targets, "targets");
        if (targets.size() != sources.size()) {
            throw Errors.columnLength("targets", targets.size(), sources.size());
        }
        List<Map<String, Object>> rows = AttributeRows.of(columns, sources.size());
        List<Operation> operations = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            operations.add(addEdgeOperation(sources.get(i), targets.get(i), rows.get(i)));
        }
        return operations;
    }

    /** The endpoints' checks, and on a self-loop the capability it needs. */
    private void checkNewEdge(String source, String target) {
        Errors.requireEndpoints(source, target);
        if (source.equals(target)) {
            require(Capability.SELF_LOOPS);
        }
    }
}
