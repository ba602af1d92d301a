package io.gli.simple;

import io.gli.MemoryProfile.Category;
import io.gli.spi.ObjectSizes;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The simple store's accounting of its memory: a walk over its maps and records that sizes each
 * object from {@link ObjectSizes}. Objects reachable more than once (an ID string used as a key in
 * several maps, a value shared by many attribute maps) are counted once. Hash table lengths are not
 * visible from outside {@code java.util}, so they are derived from each map's size the way {@code
 * HashMap} grows them; maps that shrank by removal are counted as if built at their current size,
 * which undercounts their tables a little.
 */
// The parameters name the concrete LinkedHashMap/LinkedHashSet on purpose: the bytes counted are
// those of their layout (entries with before/after links), not of any Map.
@SuppressWarnings("NonApiType")
final class SimpleFootprint {
    private static final long ENTRY = ObjectSizes.LINKED_ENTRY;
    private static final long MAP = ObjectSizes.instance(LinkedHashMap.class);

    private final Map<Category, Long> bytes = new EnumMap<>(Category.class);
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private static Class<?> classNamed(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("JDK class missing: " + name, e);
        }
    }

    /** Bytes per category of a store with these maps. */
    static Map<Category, Long> of(
            LinkedHashMap<String, SimpleStore.NodeRecord> nodes,
            LinkedHashSet<SimpleStore.EdgeRecord> edges,
            boolean directed,
            int nodeCapacity,
            int edgeCapacity) {
        SimpleFootprint footprint = new SimpleFootprint();
        footprint.count(
                nodes, edges, directed, tableSizeFor(nodeCapacity), tableSizeFor(edgeCapacity));
        return footprint.bytes;
    }

    private void add(Category category, long b) {
        bytes.merge(category, b, Long::sum);
    }

    private void count(
            LinkedHashMap<String, SimpleStore.NodeRecord> nodes,
            LinkedHashSet<SimpleStore.EdgeRecord> edges,
            boolean directed,
            int nodeTable,
            int edgeTable) {
        add(Category.OVERHEAD, ObjectSizes.instance(SimpleStore.class) + lockBytes());
        add(Category.INDEXES, MAP + table(nodes.size(), nodeTable) + ENTRY * nodes.size());
        for (Map.Entry<String, SimpleStore.NodeRecord> entry : nodes.entrySet()) {
            id(entry.getKey());
            SimpleStore.NodeRecord node = entry.getValue();
            add(
                    Category.NODES,
                    ObjectSizes.instance(SimpleStore.NodeRecord.class) + MAP * (directed ? 2 : 1));
            attributes(Category.NODE_ATTRIBUTES, node.attributes);
            adjacency(node.out);
            if (directed) {
                adjacency(node.in);
            }
        }
        add(
                Category.ADJACENCY,
                ObjectSizes.instance(LinkedHashSet.class)
                        + MAP
                        + table(edges.size(), edgeTable)
                        + ENTRY * edges.size());
        for (SimpleStore.EdgeRecord edge : edges) {
            add(Category.ADJACENCY, ObjectSizes.instance(SimpleStore.EdgeRecord.class));
            id(edge.source);
            id(edge.target);
            attributes(Category.EDGE_ATTRIBUTES, edge.attributes);
        }
    }

    /** The lock objects of {@link io.gli.spi.Synchronizer#readWriteLock()}. */
    private static long lockBytes() {
        return ObjectSizes.object(2L * ObjectSizes.reference()) // the synchronizer holding the lock
                + ObjectSizes.instance(ReentrantReadWriteLock.class)
                + ObjectSizes.instance(ReentrantReadWriteLock.ReadLock.class)
                + ObjectSizes.instance(ReentrantReadWriteLock.WriteLock.class)
                + ObjectSizes.instance(
                        classNamed("java.util.concurrent.locks.ReentrantReadWriteLock$NonfairSync"))
                + ObjectSizes.instance(
                        classNamed(
                                "java.util.concurrent.locks.ReentrantReadWriteLock$Sync$ThreadLocalHoldCounter"));
    }

    private void id(String id) {
        if (seen.add(id)) {
            add(Category.IDS, ObjectSizes.string(id));
        }
    }

    /** The table and entries of an adjacency map (its object is counted with the node). */
    private void adjacency(LinkedHashMap<String, SimpleStore.EdgeRecord> map) {
        if (map.isEmpty()) {
            return;
        }
        add(Category.ADJACENCY, table(map.size(), 16) + ENTRY * map.size());
        for (String neighbor : map.keySet()) {
            id(neighbor);
        }
    }

    private void attributes(Category category, Map<String, Object> map) {
        long b = MAP;
        if (!map.isEmpty()) {
            // Built by the copy constructor, which sizes the table for the map it copies.
            b +=
                    ObjectSizes.referenceArray(tableSizeFor((int) (map.size() / 0.75f + 1.0f)))
                            + ENTRY * map.size();
        }
        add(category, b);
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            add(category, value(entry.getKey()) + value(entry.getValue()));
        }
    }

    private long value(Object value) {
        return ObjectSizes.value(value, seen);
    }

    /** The table of a map filled by puts from empty with the given initial capacity. */
    private static long table(int size, int initial) {
        if (size == 0) {
            return 0;
        }
        int capacity = initial;
        while (size > capacity * 3 / 4) {
            capacity *= 2;
        }
        return ObjectSizes.referenceArray(capacity);
    }

    private static int tableSizeFor(int n) {
        return n <= 1 ? 1 : Integer.highestOneBit(n - 1) << 1;
    }
}
