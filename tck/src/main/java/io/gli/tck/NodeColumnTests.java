package io.gli.tck;

import io.gli.AttributeColumn;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** {@link ColumnTests} on nodes: {@code nodeColumn} and {@code setNodeColumn}, in node order. */
public class NodeColumnTests extends ColumnTests {

    @Override
    Elements elements(Fixture fixture) {
        return new Elements(fixture.open()) {
            private String id(int i) {
                return graph.nodes().get(i);
            }

            @Override
            void add(int n, Map<String, ?> attributes) {
                graph.addNode("node-" + n, attributes);
            }

            @Override
            void remove(int n) {
                graph.removeNode("node-" + n);
            }

            @Override
            int count() {
                return graph.nodeCount();
            }

            @Override
            String name(int i) {
                return id(i);
            }

            @Override
            Optional<Object> attribute(int i, String key) {
                return graph.nodeAttribute(id(i), key);
            }

            @Override
            OptionalLong getLong(int i, String key) {
                return graph.nodeLong(id(i), key);
            }

            @Override
            OptionalDouble getDouble(int i, String key) {
                return graph.nodeDouble(id(i), key);
            }

            @Override
            Optional<String> getString(int i, String key) {
                return graph.nodeString(id(i), key);
            }

            @Override
            Optional<Boolean> getBoolean(int i, String key) {
                return graph.nodeBoolean(id(i), key);
            }

            @Override
            Map<String, Object> attributes(int i) {
                return graph.nodeAttributes(id(i));
            }

            @Override
            AttributeColumn column(String key) {
                return graph.nodeColumn(key);
            }

            @Override
            void setColumn(String key, List<?> values) {
                graph.setNodeColumn(key, values);
            }
        };
    }
}
