package io.gli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Changes staged to be applied to a graph as one atomic unit, obtained from {@link
 * Graph#batch(java.util.function.Consumer)} or {@link Graph#openBatch()}.
 *
 * <p>Each staging method checks its arguments at once (throwing as the matching {@link Graph}
 * method would) and returns this batch for chaining. Whether the graph's state allows an operation
 * (does the node exist?) is checked when the batch is applied, in order, each operation meeting the
 * graph as the operations before it left it. If one is invalid, nothing is applied and a {@link
 * BatchException} names it.
 *
 * <p>A batch is used by one thread. Staged changes are invisible until the batch is applied. Until
 * then the batch holds each staged operation with its attributes, so a very large batch costs
 * memory, and garbage-collection time, in proportion to its size.
 */
public final class Batch implements AutoCloseable {
    private final StandardGraph graph;
    private final List<Operation> operations = new ArrayList<>();
    private String finished;

    Batch(StandardGraph graph) {
        this.graph = graph;
    }

    /** Stages {@link Graph#addNode(String)}. */
    public Batch addNode(String id) {
        return stage(graph.addNodeOperation(id, Map.of()));
    }

    /** Stages {@link Graph#addNode(String, Map)}. */
    public Batch addNode(String id, Map<String, ?> attributes) {
        return stage(graph.addNodeOperation(id, attributes));
    }

    /** Stages {@link Graph#mergeNode(String, Map)}. */
    public Batch mergeNode(String id, Map<String, ?> attributes) {
        return stage(graph.mergeNodeOperation(id, attributes));
    }

    /** Stages {@link Graph#setNodeAttribute(String, String, Object)}. */
    public Batch setNodeAttribute(String id, String key, Object value) {
        return stage(graph.setNodeAttributeOperation(id, key, value));
    }

    /** Stages {@link Graph#updateNodeAttributes(String, Map)}. */
    public Batch updateNodeAttributes(String id, Map<String, ?> attributes) {
        return stage(graph.updateNodeAttributesOperation(id, attributes));
    }

    /** Stages {@link Graph#removeNodeAttribute(String, String)}. */
    public Batch removeNodeAttribute(String id, String key) {
        return stage(graph.removeNodeAttributeOperation(id, key));
    }

    /** Stages {@link Graph#removeNode(String)}. */
    public Batch removeNode(String id) {
        return stage(graph.removeNodeOperation(id));
    }

    /** Stages {@link Graph#addEdge(String, String)}. */
    public Batch addEdge(String source, String target) {
        return stage(graph.addEdgeOperation(source, target, Map.of()));
    }

    /** Stages {@link Graph#addEdge(String, String, Map)}. */
    public Batch addEdge(String source, String target, Map<String, ?> attributes) {
        return stage(graph.addEdgeOperation(source, target, attributes));
    }

    /** Stages {@link Graph#mergeEdge(String, String, Map)}. */
    public Batch mergeEdge(String source, String target, Map<String, ?> attributes) {
        return stage(graph.mergeEdgeOperation(source, target, attributes));
    }

    /** Stages {@link Graph#setEdgeAttribute(String, String, String, Object)}. */
    public Batch setEdgeAttribute(String source, String target, String key, Object value) {
        return stage(graph.setEdgeAttributeOperation(source, target, key, value));
    }

    /** Stages {@link Graph#updateEdgeAttributes(String, String, Map)}. */
    public Batch updateEdgeAttributes(String source, String target, Map<String, ?> attributes) {
        return stage(graph.updateEdgeAttributesOperation(source, target, attributes));
    }

    /** Stages {@link Graph#removeEdgeAttribute(String, String, String)}. */
    public Batch removeEdgeAttribute(String source, String target, String key) {
        return stage(graph.removeEdgeAttributeOperation(source, target, key));
    }

    /** Stages {@link Graph#removeEdge(String, String)}. */
    public Batch removeEdge(String source, String target) {
        return stage(graph.removeEdgeOperation(source, target));
    }

    /** How many operations are staged. */
    public int size() {
        return operations.size();
    }

    /**
     * Applies every staged operation as one atomic unit; afterwards the batch is finished. If it
     * throws, nothing was applied, and the batch is finished all the same.
     *
     * @throws BatchException if a staged operation is invalid
     * @throws IllegalStateException if the batch was already committed or closed
     */
    public void commit() {
        checkOpen();
        finished = "committed";
        graph.applyBatch(operations);
    }

    /** Discards the batch unless it was committed; closing twice does nothing. */
    @Override
    public void close() {
        if (finished == null) {
            finished = "closed without commit";
        }
        operations.clear();
    }

    boolean isFinished() {
        return finished != null;
    }

    private Batch stage(Operation operation) {
        checkOpen();
        operations.add(operation);
        return this;
    }

    private void checkOpen() {
        if (finished != null) {
            throw Errors.batchFinished(finished);
        }
    }
}
