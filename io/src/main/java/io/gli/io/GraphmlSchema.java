package io.gli.io;

import io.gli.Edge;
import io.gli.Graph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code <key>} declarations a graph's GraphML needs, found in one pass over the graph that
 * also refuses, before a byte is written, any ID, key or string XML 1.0 cannot carry. Keys are per
 * domain (nodes, then edges), in order of first appearance, with ids {@code d0, d1, ...}; a key
 * whose values are all of one scalar type gets that type, any other (a list or map among its
 * values, or values of several types, Long and Double included) is a JSON key.
 */
final class GraphmlSchema {
    /** One declaration: its id, the attribute it holds, the type its values are written as. */
    record Key(String id, String name, ValueType type) {}

    private final Map<String, Key> nodeKeys;
    private final Map<String, Key> edgeKeys;

    private GraphmlSchema(Map<String, Key> nodeKeys, Map<String, Key> edgeKeys) {
        this.nodeKeys = nodeKeys;
        this.edgeKeys = edgeKeys;
    }

    /**
     * The keys of {@code graph}, whose edges are {@code edges}.
     *
     * @throws IllegalArgumentException naming the first ID, key or string value XML cannot carry
     */
    static GraphmlSchema of(Graph graph, List<Edge> edges) {
        Map<String, ValueType> nodeTypes = new LinkedHashMap<>();
        for (String id : graph.nodes()) {
            check("node ID", id);
            collect(nodeTypes, graph.nodeAttributes(id), "node");
        }
        Map<String, ValueType> edgeTypes = new LinkedHashMap<>();
        for (Edge edge : edges) {
            collect(edgeTypes, edge.attributes(), "edge");
        }
        int next = 0;
        Map<String, Key> nodeKeys = new LinkedHashMap<>();
        for (Map.Entry<String, ValueType> entry : nodeTypes.entrySet()) {
            nodeKeys.put(entry.getKey(), new Key("d" + next++, entry.getKey(), entry.getValue()));
        }
        Map<String, Key> edgeKeys = new LinkedHashMap<>();
        for (Map.Entry<String, ValueType> entry : edgeTypes.entrySet()) {
            edgeKeys.put(entry.getKey(), new Key("d" + next++, entry.getKey(), entry.getValue()));
        }
        return new GraphmlSchema(nodeKeys, edgeKeys);
    }

    private static void collect(
            Map<String, ValueType> types, Map<String, Object> attributes, String domain) {
        for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
            String key = attribute.getKey();
            Object value = attribute.getValue();
            ValueType type = ValueType.of(value);
            ValueType known = types.get(key);
            if (known == null) {
                check(domain + " attribute key", key);
                types.put(key, type);
            } else if (known != type) {
                types.put(key, ValueType.JSON);
            }
            checkValue(domain, key, value);
        }
    }

    private static void checkValue(String domain, String key, Object value) {
        if (value instanceof String s) {
            check("string value of " + domain + " attribute " + Failures.quote(key) + ",", s);
        } else if (value instanceof List<?> list) {
            for (Object element : list) {
                checkValue(domain, key, element);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                check(
                        "map key in the value of "
                                + domain
                                + " attribute "
                                + Failures.quote(key)
                                + ",",
                        (String) entry.getKey());
                checkValue(domain, key, entry.getValue());
            }
        }
    }

    private static void check(String what, String text) {
        int invalid = XmlOut.firstInvalid(text);
        if (invalid >= 0) {
            throw Failures.Graphml.cannotWrite(what, text, invalid);
        }
    }

    /** The node keys by attribute name, in declaration order. */
    Map<String, Key> nodeKeys() {
        return nodeKeys;
    }

    /** The edge keys by attribute name, in declaration order. */
    Map<String, Key> edgeKeys() {
        return edgeKeys;
    }

    /** All keys, node keys first. */
    List<Key> all() {
        List<Key> all = new ArrayList<>(nodeKeys.values());
        all.addAll(edgeKeys.values());
        return all;
    }

    /** Whether any key holds JSON text, which needs GLI's namespace declared. */
    boolean hasJson() {
        for (Key key : all()) {
            if (key.type() == ValueType.JSON) {
                return true;
            }
        }
        return false;
    }
}
