package io.gli.bench;

import io.gli.Graph;
import java.util.Map;
import java.util.function.Consumer;

/** A GLI graph on one backend, driven through the public API exactly as an application would. */
final class GliSubject implements Subject {
    private final Graph graph;

    GliSubject(Graph graph) {
        this.graph = graph;
    }

    Graph graph() {
        return graph;
    }

    @Override
    public void addNode(String id, Map<String, Object> attributes) {
        graph.addNode(id, attributes);
    }

    @Override
    public void addEdge(String source, String target, Map<String, Object> attributes) {
        graph.addEdge(source, target, attributes);
    }

    @Override
    public boolean hasNode(String id) {
        return graph.hasNode(id);
    }

    @Override
    public int forEachSuccessor(String id, Consumer<String> visitor) {
        var successors = graph.successors(id);
        successors.forEach(visitor);
        return successors.size();
    }

    @Override
    public Object nodeAttribute(String id, String key) {
        return graph.nodeAttribute(id, key).orElse(null);
    }

    @Override
    public long sumOfNodeAttribute(String key) {
        long sum = 0;
        for (String id : graph.nodes()) {
            sum += graph.nodeLong(id, key).orElse(0);
        }
        return sum;
    }

    /** The sum of a long node attribute through the column API, one call for the whole graph. */
    long columnSum(String key) {
        return graph.nodeColumn(key).sumLong();
    }

    @Override
    public int nodeCount() {
        return graph.nodeCount();
    }

    @Override
    public int edgeCount() {
        return graph.edgeCount();
    }

    @Override
    public Object footprintRoot() {
        return graph;
    }
}
