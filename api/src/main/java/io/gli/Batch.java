package io.gli;

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
 *
 * <p>An interface so that a decorator of {@link Graph} can hand out a batch of its own (see {@link
 * ForwardingBatch}); the graphs of every backend hand out the same implementation, and the
 * compatibility test kit checks this contract on it and on decorated graphs.
 */
public interface Batch extends AutoCloseable {

    /** Stages {@link Graph#addNode(String)}. */
    Batch addNode(String id);

    /** Stages {@link Graph#addNode(String, Map)}. */
    Batch addNode(String id, Map<String, ?> attributes);

    /** Stages {@link Graph#mergeNode(String, Map)}. */
    Batch mergeNode(String id, Map<String, ?> attributes);

    /** Stages {@link Graph#setNodeAttribute(String, String, Object)}. */
    Batch setNodeAttribute(String id, String key, Object value);

    /** Stages {@link Graph#updateNodeAttributes(String, Map)}. */
    Batch updateNodeAttributes(String id, Map<String, ?> attributes);

    /** Stages {@link Graph#removeNodeAttribute(String, String)}. */
    Batch removeNodeAttribute(String id, String key);

    /** Stages {@link Graph#removeNode(String)}. */
    Batch removeNode(String id);

    /** Stages {@link Graph#addEdge(String, String)}. */
    Batch addEdge(String source, String target);

    /** Stages {@link Graph#addEdge(String, String, Map)}. */
    Batch addEdge(String source, String target, Map<String, ?> attributes);

    /** Stages {@link Graph#mergeEdge(String, String, Map)}. */
    Batch mergeEdge(String source, String target, Map<String, ?> attributes);

    /** Stages {@link Graph#setEdgeAttribute(String, String, String, Object)}. */
    Batch setEdgeAttribute(String source, String target, String key, Object value);

    /** Stages {@link Graph#updateEdgeAttributes(String, String, Map)}. */
    Batch updateEdgeAttributes(String source, String target, Map<String, ?> attributes);

    /** Stages {@link Graph#removeEdgeAttribute(String, String, String)}. */
    Batch removeEdgeAttribute(String source, String target, String key);

    /** Stages {@link Graph#removeEdge(String, String)}. */
    Batch removeEdge(String source, String target);

    /** How many operations are staged. */
    int size();

    /**
     * Applies every staged operation as one atomic unit; afterwards the batch is finished. If it
     * throws, nothing was applied, and the batch is finished all the same.
     *
     * @throws BatchException if a staged operation is invalid
     * @throws IllegalStateException if the batch was already committed or closed
     */
    void commit();

    /** Discards the batch unless it was committed; closing twice does nothing. */
    @Override
    void close();
}
