package io.gli.cli;

import io.gli.Edge;
import io.gli.Graph;
import io.gli.io.ValueType;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The attribute keys of a graph's nodes or edges, in order of first appearance, with their types.
 */
final class AttributeKeys {
    private final Map<String, Set<ValueType>> types = new LinkedHashMap<>();

    private AttributeKeys() {}

    static AttributeKeys ofNodes(Graph graph) {
        AttributeKeys keys = new AttributeKeys();
        graph.nodeStream().forEachOrdered(id -> keys.add(graph.nodeAttributes(id)));
        return keys;
    }

    static AttributeKeys ofEdges(Graph graph) {
        AttributeKeys keys = new AttributeKeys();
        graph.edgeStream().forEachOrdered((Edge edge) -> keys.add(edge.attributes()));
        return keys;
    }

    private void add(Map<String, Object> attributes) {
        attributes.forEach(
                (key, value) ->
                        types.computeIfAbsent(key, k -> EnumSet.noneOf(ValueType.class))
                                .add(ValueType.of(value)));
    }

    /** Each key with its types' names, joined with {@code |} where values of a key differ. */
    Map<String, String> described() {
        Map<String, String> out = new LinkedHashMap<>();
        types.forEach(
                (key, set) -> {
                    StringBuilder names = new StringBuilder();
                    for (ValueType type : set) {
                        names.append(names.length() == 0 ? "" : "|").append(type.token());
                    }
                    out.put(key, names.toString());
                });
        return out;
    }
}
