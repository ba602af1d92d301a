package io.gli.bench;

import java.util.Map;
import java.util.function.Consumer;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * JGraphT as its users commonly write it: a {@link DefaultDirectedGraph} of String vertices, node
 * attributes in a side map keyed by vertex, and edge attributes on an edge class that carries them.
 * Not thread-safe, which the single-threaded rows do not need.
 */
final class JGraphTSubject extends PeerSubject {
    private final Graph<String, AttributedEdge> graph;

    /** An edge with its attributes; JGraphT keeps the endpoints in the edge object itself. */
    static final class AttributedEdge extends DefaultEdge {
        private static final long serialVersionUID = 1L;
        Map<String, Object> attributes = Map.of();
    }

    JGraphTSubject() {
        this(new DefaultDirectedGraph<>(AttributedEdge.class));
    }

    private JGraphTSubject(Graph<String, AttributedEdge> graph) {
        super(graph, graph.vertexSet(), graph.edgeSet());
        this.graph = graph;
    }

    @Override
    void addNodeToGraph(String id) {
        graph.addVertex(id);
    }

    @Override
    public void addEdge(String source, String target, Map<String, Object> attributes) {
        AttributedEdge edge = graph.addEdge(source, target);
        if (!attributes.isEmpty()) {
            edge.attributes = attributes;
        }
    }

    @Override
    public boolean hasNode(String id) {
        return graph.containsVertex(id);
    }

    @Override
    public int forEachSuccessor(String id, Consumer<String> visitor) {
        int count = 0;
        for (AttributedEdge edge : graph.outgoingEdgesOf(id)) {
            visitor.accept(graph.getEdgeTarget(edge));
            count++;
        }
        return count;
    }
}
