package io.gli.tck;

import io.gli.AttributeTypeException;
import io.gli.Edge;
import io.gli.EdgeExistsException;
import io.gli.EdgeNotFoundException;
import io.gli.Graph;
import io.gli.NodeExistsException;
import io.gli.NodeNotFoundException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The {@link Graph} contract written as plainly as possible: lists scanned from the start, no
 * indexes, no locks. Slow, and small enough to check by reading. The differential test runs the
 * same operations on it and on every backend and demands the same answers.
 *
 * <p>Each operation has two halves, as the contract has: {@code check*} methods refuse bad
 * arguments before anything else, and the state methods refuse what the current graph does not
 * allow, changing nothing when they throw.
 */
final class ReferenceModel {
    final boolean directed;
    private final List<String> nodes;
    private final Map<String, Map<String, Object>> nodeAttributes;
    private final List<ModelEdge> edges;

    ReferenceModel(boolean directed) {
        this(directed, new ArrayList<>(), new LinkedHashMap<>(), new ArrayList<>());
    }

    private ReferenceModel(
            boolean directed,
            List<String> nodes,
            Map<String, Map<String, Object>> nodeAttributes,
            List<ModelEdge> edges) {
        this.directed = directed;
        this.nodes = nodes;
        this.nodeAttributes = nodeAttributes;
        this.edges = edges;
    }

    /** An independent deep copy, for undoing a failed batch. */
    ReferenceModel copy() {
        Map<String, Map<String, Object>> attributes = new LinkedHashMap<>();
        nodeAttributes.forEach((id, map) -> attributes.put(id, new LinkedHashMap<>(map)));
        List<ModelEdge> edgeCopies = new ArrayList<>();
        for (ModelEdge edge : edges) {
            edgeCopies.add(
                    new ModelEdge(
                            edge.source(), edge.target(), new LinkedHashMap<>(edge.attributes())));
        }
        return new ReferenceModel(directed, new ArrayList<>(nodes), attributes, edgeCopies);
    }

    /** Makes this model equal to {@code other}. */
    void restore(ReferenceModel other) {
        ReferenceModel copy = other.copy();
        nodes.clear();
        nodes.addAll(copy.nodes);
        nodeAttributes.clear();
        nodeAttributes.putAll(copy.nodeAttributes);
        edges.clear();
        edges.addAll(copy.edges);
    }

    // ---- argument checks (the contract: arguments before state)

    static void checkId(String id) {
        if (id == null) {
            throw new NullPointerException("id");
        }
        if (id.isEmpty()) {
            throw new IllegalArgumentException("empty id");
        }
    }

    static void checkKey(String key) {
        if (key == null) {
            throw new NullPointerException("key");
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("empty key");
        }
    }

    /** The stored form of a value: small integers as Long, Float as Double, collections copied. */
    static Object normalize(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return (double) f;
        }
        if (value instanceof Long
                || value instanceof Double
                || value instanceof String
                || value instanceof Boolean) {
            return value;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            for (Object element : list) {
                copy.add(normalize(element));
            }
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("map key");
                }
                copy.put(key, normalize(entry.getValue()));
            }
            return copy;
        }
        throw new IllegalArgumentException("value " + value);
    }

    static Map<String, Object> normalizeAll(Map<String, ?> attributes) {
        if (attributes == null) {
            throw new NullPointerException("attributes");
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ?> entry : attributes.entrySet()) {
            if (entry.getKey() == null || entry.getKey().isEmpty()) {
                throw new IllegalArgumentException("key");
            }
            copy.put(entry.getKey(), normalize(entry.getValue()));
        }
        return copy;
    }

    // ---- lookups

    private boolean hasNodeUnchecked(String id) {
        return nodes.contains(id);
    }

    private ModelEdge findEdge(String source, String target) {
        for (ModelEdge edge : edges) {
            if ((edge.source().equals(source) && edge.target().equals(target))
                    || (!directed
                            && edge.source().equals(target)
                            && edge.target().equals(source))) {
                return edge;
            }
        }
        return null;
    }

    private void requireNode(String id) {
        if (!hasNodeUnchecked(id)) {
            throw new NodeNotFoundException(id);
        }
    }

    private ModelEdge requireEdge(String source, String target) {
        ModelEdge edge = findEdge(source, target);
        if (edge == null) {
            throw new EdgeNotFoundException(source, target);
        }
        return edge;
    }

    // ---- state changes; arguments already checked and normalized

    void addNode(String id, Map<String, Object> attributes) {
        if (hasNodeUnchecked(id)) {
            throw new NodeExistsException(id);
        }
        nodes.add(id);
        nodeAttributes.put(id, new LinkedHashMap<>(attributes));
    }

    boolean mergeNode(String id, Map<String, Object> attributes) {
        if (hasNodeUnchecked(id)) {
            nodeAttributes.get(id).putAll(attributes);
            return false;
        }
        addNode(id, attributes);
        return true;
    }

    void putNodeAttributes(String id, Map<String, Object> attributes) {
        requireNode(id);
        nodeAttributes.get(id).putAll(attributes);
    }

    boolean removeNodeAttribute(String id, String key) {
        requireNode(id);
        return nodeAttributes.get(id).remove(key) != null;
    }

    void removeNode(String id) {
        requireNode(id);
        nodes.remove(id);
        nodeAttributes.remove(id);
        edges.removeIf(edge -> edge.source().equals(id) || edge.target().equals(id));
    }

    void addEdge(String source, String target, Map<String, Object> attributes) {
        requireNode(source);
        requireNode(target);
        if (findEdge(source, target) != null) {
            throw new EdgeExistsException(source, target);
        }
        edges.add(new ModelEdge(source, target, new LinkedHashMap<>(attributes)));
    }

    boolean mergeEdge(String source, String target, Map<String, Object> attributes) {
        requireNode(source);
        requireNode(target);
        ModelEdge edge = findEdge(source, target);
        if (edge != null) {
            edge.attributes().putAll(attributes);
            return false;
        }
        addEdge(source, target, attributes);
        return true;
    }

    void putEdgeAttributes(String source, String target, Map<String, Object> attributes) {
        requireEdge(source, target).attributes().putAll(attributes);
    }

    boolean removeEdgeAttribute(String source, String target, String key) {
        return requireEdge(source, target).attributes().remove(key) != null;
    }

    void removeEdge(String source, String target) {
        edges.remove(requireEdge(source, target));
    }

    // ---- reads; arguments already checked

    boolean hasNode(String id) {
        return hasNodeUnchecked(id);
    }

    boolean hasEdge(String source, String target) {
        return findEdge(source, target) != null;
    }

    int nodeCount() {
        return nodes.size();
    }

    int edgeCount() {
        return edges.size();
    }

    List<String> nodes() {
        return List.copyOf(nodes);
    }

    List<Edge> edges() {
        List<Edge> all = new ArrayList<>();
        for (ModelEdge edge : edges) {
            all.add(new Edge(edge.source(), edge.target(), Map.copyOf(edge.attributes())));
        }
        return all;
    }

    Map<String, Object> nodeAttributes(String id) {
        requireNode(id);
        return Map.copyOf(nodeAttributes.get(id));
    }

    Optional<Object> nodeAttribute(String id, String key) {
        requireNode(id);
        return Optional.ofNullable(nodeAttributes.get(id).get(key));
    }

    OptionalLong nodeLong(String id, String key) {
        Object value = nodeAttribute(id, key).orElse(null);
        if (value == null) {
            return OptionalLong.empty();
        }
        if (value instanceof Long l) {
            return OptionalLong.of(l);
        }
        throw new AttributeTypeException("node " + id, key, typeOf(value), Long.class);
    }

    OptionalDouble nodeDouble(String id, String key) {
        Object value = nodeAttribute(id, key).orElse(null);
        if (value == null) {
            return OptionalDouble.empty();
        }
        if (value instanceof Number n && (value instanceof Long || value instanceof Double)) {
            return OptionalDouble.of(n.doubleValue());
        }
        throw new AttributeTypeException("node " + id, key, typeOf(value), Double.class);
    }

    /** The attribute of every node in node order, null where absent. */
    List<Object> nodeColumn(String key) {
        List<Object> column = new ArrayList<>();
        for (String id : nodes) {
            column.add(nodeAttributes.get(id).get(key));
        }
        return column;
    }

    /** The attribute of every edge in edge order, null where absent. */
    List<Object> edgeColumn(String key) {
        List<Object> column = new ArrayList<>();
        for (ModelEdge edge : edges) {
            column.add(edge.attributes().get(key));
        }
        return column;
    }

    /**
     * The sum of the nodes' Long values of {@code key}; the first other value, in node order, is an
     * error.
     */
    long nodeColumnSum(String key) {
        long sum = 0;
        for (String id : nodes) {
            Object value = nodeAttributes.get(id).get(key);
            if (value instanceof Long l) {
                sum += l;
            } else if (value != null) {
                throw new AttributeTypeException("node " + id, key, typeOf(value), Long.class);
            }
        }
        return sum;
    }

    private static Class<?> typeOf(Object value) {
        return value instanceof List<?>
                ? List.class
                : value instanceof Map<?, ?> ? Map.class : value.getClass();
    }

    Map<String, Object> edgeAttributes(String source, String target) {
        return Map.copyOf(requireEdge(source, target).attributes());
    }

    Optional<Object> edgeAttribute(String source, String target, String key) {
        return Optional.ofNullable(requireEdge(source, target).attributes().get(key));
    }

    List<String> successors(String id) {
        requireNode(id);
        List<String> found = new ArrayList<>();
        for (ModelEdge edge : edges) {
            if (edge.source().equals(id)) {
                found.add(edge.target());
            } else if (!directed && edge.target().equals(id)) {
                found.add(edge.source());
            }
        }
        return found;
    }

    List<String> predecessors(String id) {
        if (!directed) {
            return successors(id);
        }
        requireNode(id);
        List<String> found = new ArrayList<>();
        for (ModelEdge edge : edges) {
            if (edge.target().equals(id)) {
                found.add(edge.source());
            }
        }
        return found;
    }

    List<String> neighbors(String id) {
        LinkedHashSet<String> found = new LinkedHashSet<>(successors(id));
        found.addAll(predecessors(id));
        return new ArrayList<>(found);
    }

    List<String> findNodes(Map<String, Object> match) {
        List<String> found = new ArrayList<>();
        for (String id : nodes) {
            if (nodeAttributes.get(id).entrySet().containsAll(match.entrySet())) {
                found.add(id);
            }
        }
        return Collections.unmodifiableList(found);
    }

    List<Edge> findEdges(Map<String, Object> match) {
        List<Edge> found = new ArrayList<>();
        for (Edge edge : edges()) {
            if (edge.attributes().entrySet().containsAll(match.entrySet())) {
                found.add(edge);
            }
        }
        return found;
    }

    /** An edge of the model: its attributes map is the model's own, changed in place. */
    private record ModelEdge(String source, String target, Map<String, Object> attributes) {}
}
