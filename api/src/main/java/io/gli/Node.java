package io.gli;

import java.util.Map;
import java.util.Objects;

/**
 * A node and a snapshot of its attributes, as handed to {@link
 * Graph#findNodes(java.util.function.Predicate)}.
 *
 * @param id the node's ID
 * @param attributes its attributes; immutable when produced by a graph
 */
public record Node(String id, Map<String, Object> attributes) {
    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(attributes, "attributes");
    }
}
