package io.gli.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * What the peer subjects share: node attributes in a side map keyed by node, the way users of
 * libraries without node attributes keep them.
 */
abstract class PeerSubject implements Subject {
    private final Map<String, Map<String, Object>> nodeAttributes = new HashMap<>();

    /** The library's graph object. */
    abstract Object graph();

    /** The library's node set, in its own order. */
    abstract Iterable<String> nodeIds();

    /** Keeps a new node's attributes, if it has any. */
    final void keepAttributes(String id, Map<String, Object> attributes) {
        if (!attributes.isEmpty()) {
            nodeAttributes.put(id, attributes);
        }
    }

    @Override
    public final Object nodeAttribute(String id, String key) {
        Map<String, Object> attributes = nodeAttributes.get(id);
        return attributes == null ? null : attributes.get(key);
    }

    @Override
    public final long sumOfNodeAttribute(String key) {
        long sum = 0;
        for (String id : nodeIds()) {
            Object value = nodeAttribute(id, key);
            sum += value == null ? 0 : (Long) value;
        }
        return sum;
    }

    @Override
    public final Object footprintRoot() {
        return new Object[] {graph(), nodeAttributes};
    }
}
