package io.gli;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a graph's memory goes to, as its backend accounts for it: bytes per {@link Category}, in all
 * and per element. Obtained from {@link Graph#memoryProfile()}; an immutable snapshot.
 *
 * <p>The figures are the backend's own arithmetic over the structures it holds (array lengths,
 * object counts, the JVM's object layout), not a heap walk, so a profile is cheap enough to take on
 * a live graph. The test kit checks the total against JOL's measurement of everything reachable
 * from the graph, within 10%, on every backend. Objects the graph shares with the application (an
 * ID string the caller still holds, say) are counted, as the graph keeps them alive.
 *
 * <p>{@link #toString()} prints the profile as a table.
 */
public final class MemoryProfile {

    /** A part of a graph's memory; each belongs to its nodes, its edges or the graph as a whole. */
    public enum Category {
        /** The text of node IDs. */
        IDS(Owner.NODES),
        /** Lookup structures from an ID to its node (hash tables and their entries). */
        INDEXES(Owner.NODES),
        /** Per-node records not counted elsewhere: node objects, list heads, empty adjacency. */
        NODES(Owner.NODES),
        /** Node attribute storage, values included. */
        NODE_ATTRIBUTES(Owner.NODES),
        /** Edges: endpoint records and adjacency lists or maps. */
        ADJACENCY(Owner.EDGES),
        /** Edge attribute storage, values included. */
        EDGE_ATTRIBUTES(Owner.EDGES),
        /** What the graph costs whatever its size: the store's objects, locks, options. */
        OVERHEAD(Owner.GRAPH);

        private final Owner owner;

        Category(Owner owner) {
            this.owner = owner;
        }

        /** Whom this part is charged to in {@link #bytesPerNode()} and {@link #bytesPerEdge()}. */
        public Owner owner() {
            return owner;
        }
    }

    /** Whom a {@link Category} is charged to. */
    public enum Owner {
        NODES,
        EDGES,
        GRAPH
    }

    private final String backend;
    private final int nodeCount;
    private final int edgeCount;
    private final Map<Category, Long> bytes;

    /**
     * @param bytes bytes per category; a missing category counts 0
     * @throws IllegalArgumentException if a count or a byte figure is negative
     */
    public MemoryProfile(String backend, int nodeCount, int edgeCount, Map<Category, Long> bytes) {
        this.backend = Objects.requireNonNull(backend, "backend");
        if (nodeCount < 0 || edgeCount < 0) {
            throw new IllegalArgumentException(
                    "counts must not be negative: "
                            + nodeCount
                            + " nodes, "
                            + edgeCount
                            + " edges");
        }
        this.nodeCount = nodeCount;
        this.edgeCount = edgeCount;
        EnumMap<Category, Long> copy = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            long b = bytes.getOrDefault(category, 0L);
            if (b < 0) {
                throw new IllegalArgumentException(
                        "bytes of " + category + " must not be negative: " + b);
            }
            copy.put(category, b);
        }
        this.bytes = Collections.unmodifiableMap(copy);
    }

    /** The backend's name. */
    public String backend() {
        return backend;
    }

    /** Nodes when the profile was taken. */
    public int nodeCount() {
        return nodeCount;
    }

    /** Edges when the profile was taken. */
    public int edgeCount() {
        return edgeCount;
    }

    /**
     * Bytes of one category.
     *
     * @throws NullPointerException if {@code category} is null
     */
    public long bytes(Category category) {
        return bytes.get(Objects.requireNonNull(category, "category is null"));
    }

    /** Bytes per category, every category present, in declaration order; unmodifiable. */
    public Map<Category, Long> byCategory() {
        return bytes;
    }

    /** Bytes in all. */
    public long totalBytes() {
        long total = 0;
        for (long b : bytes.values()) {
            total += b;
        }
        return total;
    }

    private long owned(Owner owner) {
        long total = 0;
        for (Map.Entry<Category, Long> entry : bytes.entrySet()) {
            if (entry.getKey().owner() == owner) {
                total += entry.getValue();
            }
        }
        return total;
    }

    /** Bytes of the categories charged to nodes, per node; 0 for a graph without nodes. */
    public double bytesPerNode() {
        return nodeCount == 0 ? 0 : (double) owned(Owner.NODES) / nodeCount;
    }

    /** Bytes of the categories charged to edges, per edge; 0 for a graph without edges. */
    public double bytesPerEdge() {
        return edgeCount == 0 ? 0 : (double) owned(Owner.EDGES) / edgeCount;
    }

    /** The profile as a text table: one row per category, then totals and per-element figures. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        out.append(
                String.format(
                        Locale.ROOT,
                        "memory of a graph on %s: %,d nodes, %,d edges%n",
                        backend,
                        nodeCount,
                        edgeCount));
        out.append(
                String.format(
                        Locale.ROOT,
                        "%-16s %-6s %14s %7s%n",
                        "category",
                        "owner",
                        "bytes",
                        "share"));
        long total = totalBytes();
        for (Map.Entry<Category, Long> entry : bytes.entrySet()) {
            double share = total == 0 ? 0 : 100.0 * entry.getValue() / total;
            out.append(
                    String.format(
                            Locale.ROOT,
                            "%-16s %-6s %,14d %6.1f%%%n",
                            entry.getKey().name().toLowerCase(Locale.ROOT),
                            entry.getKey().owner().name().toLowerCase(Locale.ROOT),
                            entry.getValue(),
                            share));
        }
        out.append(
                String.format(
                        Locale.ROOT,
                        "%-16s %-6s %,14d %6.1f%%%n",
                        "total",
                        "",
                        total,
                        total == 0 ? 0.0 : 100.0));
        out.append(
                String.format(
                        Locale.ROOT,
                        "per node %.1f B, per edge %.1f B%n",
                        bytesPerNode(),
                        bytesPerEdge()));
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MemoryProfile p
                && backend.equals(p.backend)
                && nodeCount == p.nodeCount
                && edgeCount == p.edgeCount
                && bytes.equals(p.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(backend, nodeCount, edgeCount, bytes);
    }
}
