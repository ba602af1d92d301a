package io.gli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@link Batch} of {@link StandardGraph}: each staging method builds its {@link Operation} at
 * once (so arguments are checked at once) and appends it to a list, which {@link #commit()} hands
 * to {@link StandardGraph#applyBatch} to apply as one unit. {@code finished} is null while the
 * batch is open, and afterwards says how it ended, for the message of a late call.
 */
final class StandardBatch implements Batch {
    private final StandardGraph graph;
    private final List<Operation> operations = new ArrayList<>();
    private String finished;

    StandardBatch(StandardGraph graph) {
        this.graph = graph;
    }

    @Override
    public Batch addNode(String id) {
        return stage(graph.addNodeOperation(id, Map.of()));
    }

    @Override
    public Batch addNode(String id, Map<String, ?> attributes) {
        return stage(graph.addNodeOperation(id, attributes));
    }

    @Override
    public Batch mergeNode(String id, Map<String, ?> attributes) {
        return stage(graph.mergeNodeOperation(id, attributes));
    }

    @Override
    public Batch setNodeAttribute(String id, String key, Object value) {
        return stage(graph.setNodeAttributeOperation(id, key, value));
    }

    @Override
    public Batch updateNodeAttributes(String id, Map<String, ?> attributes) {
        return stage(graph.updateNodeAttributesOperation(id, attributes));
    }

    @Override
    public Batch removeNodeAttribute(String id, String key) {
        return stage(graph.removeNodeAttributeOperation(id, key));
    }

    @Override
    public Batch removeNode(String id) {
        return stage(graph.removeNodeOperation(id));
    }

    @Override
    public Batch addEdge(String source, String target) {
        return stage(graph.addEdgeOperation(source, target, Map.of()));
    }

    @Override
    public Batch addEdge(String source, String target, Map<String, ?> attributes) {
        return stage(graph.addEdgeOperation(source, target, attributes));
    }

    @Override
    public Batch mergeEdge(String source, String target, Map<String, ?> attributes) {
        return stage(graph.mergeEdgeOperation(source, target, attributes));
    }

    @Override
    public Batch setEdgeAttribute(String source, String target, String key, Object value) {
        return stage(graph.setEdgeAttributeOperation(source, target, key, value));
    }

    @Override
    public Batch updateEdgeAttributes(String source, String target, Map<String, ?> attributes) {
        return stage(graph.updateEdgeAttributesOperation(source, target, attributes));
    }

    @Override
    public Batch removeEdgeAttribute(String source, String target, String key) {
        return stage(graph.removeEdgeAttributeOperation(source, target, key));
    }

    @Override
    public Batch removeEdge(String source, String target) {
        return stage(graph.removeEdgeOperation(source, target));
    }

    @Override
    public int size() {
        return operations.size();
    }

    @Override
    public void commit() {
        checkOpen();
        finished = "committed";
        graph.applyBatch(operations);
    }

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
