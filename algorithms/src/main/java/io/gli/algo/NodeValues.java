package io.gli.algo;

import io.gli.Graph;
import io.gli.NodeNotFoundException;
import io.gli.Topology;
import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

/**
 * One value per node of a {@link Topology}, as an algorithm computed it: by node index, by node ID,
 * as a node-order column, or written back into a graph. A node may have no value (a node a
 * traversal did not reach, say): it is <em>absent</em>, and each algorithm says which of its
 * results can be. Immutable.
 *
 * <p>Node order is the topology's ({@link Topology#ids()}), the graph's node order when the
 * topology was taken.
 */
public abstract sealed class NodeValues permits NodeInts, NodeLongs, NodeDoubles {
    private final Topology topology;

    /** {@code length}: of the values array, which must hold one value per node. */
    NodeValues(Topology topology, int length) {
        if (length != topology.nodeCount()) {
            throw new IllegalArgumentException(
                    length
                            + " values for "
                            + topology.nodeCount()
                            + " nodes; expected one per node");
        }
        this.topology = topology;
    }

    /** The topology the values belong to. */
    public final Topology topology() {
        return topology;
    }

    /** The number of nodes, present or absent. */
    public final int size() {
        return topology.nodeCount();
    }

    /** Whether node {@code v} has a value. */
    public abstract boolean isPresent(int v);

    /**
     * Whether the node with this ID has a value.
     *
     * @throws NodeNotFoundException if the topology has no such node
     */
    public final boolean isPresent(String id) {
        return isPresent(topology.requireIndex(id));
    }

    /** Node {@code v}'s value as a graph attribute holds it (Long or Double), or null if absent. */
    public abstract Object boxed(int v);

    /**
     * The values in node order as a column, null where absent: what {@link Graph#setNodeColumn}
     * takes. A view: nothing is copied.
     */
    public final List<Object> column() {
        return new Column(this);
    }

    /** The present values by node ID, in node order. */
    public final Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int v = 0; v < size(); v++) {
            if (isPresent(v)) {
                map.put(topology.id(v), boxed(v));
            }
        }
        return map;
    }

    /**
     * Writes the values into {@code graph} as node attribute {@code key}, in one atomic batch: each
     * node of the topology gets its value, and loses the attribute where its value is absent. The
     * graph is normally the one the topology was taken from; nodes added since are left alone.
     *
     * @throws io.gli.BatchException if a node of the topology no longer exists in {@code graph}
     *     (its cause a {@link NodeNotFoundException}); nothing is written then
     */
    public final void writeTo(Graph graph, String key) {
        graph.batch(
                batch -> {
                    for (int v = 0; v < size(); v++) {
                        String id = topology.id(v);
                        if (isPresent(v)) {
                            batch.setNodeAttribute(id, key, boxed(v));
                        } else {
                            batch.removeNodeAttribute(id, key);
                        }
                    }
                });
    }

    /**
     * The index of the node with this ID, which has a value: what {@code get(String)} reads.
     *
     * @throws NodeNotFoundException if the topology has no such node
     * @throws NoSuchElementException if the node has no value
     */
    final int presentIndex(String id) {
        int v = topology.requireIndex(id);
        if (!isPresent(v)) {
            throw new NoSuchElementException(
                    "node " + quote(id) + " has no value; check isPresent first");
        }
        return v;
    }

    static String quote(String id) {
        return id.length() <= 80 ? '"' + id + '"' : '"' + id.substring(0, 80) + "\"...";
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " of " + size() + " nodes";
    }

    private static final class Column extends AbstractList<Object> implements RandomAccess {
        private final NodeValues values;

        Column(NodeValues values) {
            this.values = values;
        }

        @Override
        public Object get(int v) {
            return values.boxed(java.util.Objects.checkIndex(v, values.size()));
        }

        @Override
        public int size() {
            return values.size();
        }
    }
}
