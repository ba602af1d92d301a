package io.gli.bench;

import com.google.common.graph.MutableValueGraph;
import com.google.common.graph.ValueGraphBuilder;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Guava's {@code common.graph} as its users commonly write it: a {@link MutableValueGraph} whose
 * edge value is the edge's attribute map, node attributes in a side map keyed by node. Not
 * thread-safe, which the single-threaded rows do not need.
 */
final class GuavaSubject extends PeerSubject {
    private final MutableValueGraph<String, Map<String, Object>> graph;

    GuavaSubject(int expectedNodes) {
        this(build(expectedNodes));
    }

    private GuavaSubject(MutableValueGraph<String, Map<String, Object>> graph) {
        super(graph, graph.nodes(), graph.edges());
        this.graph = graph;
    }

    private static MutableValueGraph<String, Map<String, Object>> build(int expectedNodes) {
        ValueGraphBuilder<Object, Object> builder =
                ValueGraphBuilder.directed().allowsSelfLoops(true);
        if (expectedNodes > 0) {
            builder.expectedNodeCount(expectedNodes);
        }
        return builder.build();
    }

    @Override
    void addNodeToGraph(String id) {
        graph.addNode(id);
    }

    @Override
    public void addEdge(String source, String target, Map<String, Object> attributes) {
        graph.putEdgeValue(source, target, attributes);
    }

    @Override
    public boolean hasNode(String id) {
        return graph.nodes().contains(id);
    }

    @Override
    public int forEachSuccessor(String id, Consumer<String> visitor) {
        int count = 0;
        for (String successor : graph.successors(id)) {
            visitor.accept(successor);
            count++;
        }
        return count;
    }
}
