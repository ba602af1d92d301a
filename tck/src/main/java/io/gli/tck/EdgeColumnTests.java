package io.gli.tck;

import io.gli.AttributeColumn;
import io.gli.Edge;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * {@link ColumnTests} on edges: {@code edgeColumn} and {@code setEdgeColumn}, in edge order.
 * Element {@code n} is the edge from {@code s<n>} to {@code t<n>}, both nodes added with it; on an
 * undirected graph the per-element reads name the endpoints the other way round, to show that
 * either orientation reaches the same edge.
 */
public class EdgeColumnTests extends ColumnTests {

    @Override
    Elements elements(Fixture fixture) {
        boolean directed = fixture.directed();
        return new Elements(fixture.open()) {
            private Edge edge(int i) {
                return graph.edges().get(i);
            }

            private String from(int i) {
                Edge e = edge(i);
                return directed ? e.source() : e.target();
            }

            private String to(int i) {
                Edge e = edge(i);
                return directed ? e.target() : e.source();
            }

            @Override
            void add(int n, Map<String, ?> attributes) {
                graph.addNode("s" + n);
                graph.addNode("t" + n);
                graph.addEdge("s" + n, "t" + n, attributes);
            }

            @Override
            void remove(int n) {
                graph.removeEdge("s" + n, "t" + n);
            }

            @Override
            int count() {
                return graph.edgeCount();
            }

            @Override
            String name(int i) {
                return edge(i).source();
            }

            @Override
            Optional<Object> attribute(int i, String key) {
                return graph.edgeAttribute(from(i), to(i), key);
            }

            @Override
            OptionalLong getLong(int i, String key) {
                return graph.edgeLong(from(i), to(i), key);
            }

            @Override
            OptionalDouble getDouble(int i, String key) {
                return graph.edgeDouble(from(i), to(i), key);
            }

            @Override
            Optional<String> getString(int i, String key) {
                return graph.edgeString(from(i), to(i), key);
            }

            @Override
            Optional<Boolean> getBoolean(int i, String key) {
                return graph.edgeBoolean(from(i), to(i), key);
            }

            @Override
            Map<String, Object> attributes(int i) {
                return graph.edgeAttributes(from(i), to(i));
            }

            @Override
            AttributeColumn column(String key) {
                return graph.edgeColumn(key);
            }

            @Override
            void setColumn(String key, List<?> values) {
                graph.setEdgeColumn(key, values);
            }
        };
    }
}
