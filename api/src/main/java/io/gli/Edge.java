package io.gli;

import java.util.Map;
import java.util.Objects;

/**
 * An edge and a snapshot of its attributes, as returned by {@link Graph#edges()}. On an undirected
 * graph {@code source} and {@code target} are the endpoints in the order the edge was first added.
 *
 * @param source the node the edge leaves
 * @param target the node the edge enters
 * @param attributes its attributes; immutable when produced by a graph
 */
public record Edge(String source, String target, Map<String, Object> attributes) {
    public Edge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(attributes, "attributes");
    }

    /** An edge with no attributes. */
    public Edge(String source, String target) {
        this(source, target, Map.of());
    }

    /** Whether this edge is a self-loop. */
    public boolean isSelfLoop() {
        return source.equals(target);
    }
}
