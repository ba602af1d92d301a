package io.gli.algo;

import io.gli.Topology;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Triangle counts, as NetworkX's {@code triangles}: a triangle is three nodes each joined to the
 * other two. They are counted on the simple undirected graph underlying the topology ({@link
 * SimpleAdjacency}): self-loops are ignored, and on a directed graph two nodes are joined if an
 * edge goes either way (NetworkX counts triangles on undirected graphs only).
 *
 * <p>Each node is ranked by degree, ties by index; a node's <em>forward</em> neighbors are those
 * ranked above it. A node's count is the number of edges among its neighbors, each found once from
 * its lower-ranked end's forward list, so that every count is the work of one node alone and node
 * chunks run on any number of threads without sharing a counter; the total counts each triangle
 * once, at its lowest-ranked node. Integers: exact whatever the thread count. Time {@code O(m
 * sqrt(m))}; memory that of the simple graph (8 bytes per edge), 4 bytes per edge for the forward
 * lists, and 4 bytes per node per thread for marks.
 */
public final class Triangles {
    private static final String NAME = "Triangles";

    private Triangles() {}

    /**
     * The number of triangles each node is in (none absent: the absent value, -1, never occurs).
     */
    public static NodeLongs perNode(Topology topology) {
        return perNode(topology, Parallel.allCores());
    }

    /**
     * As {@link #perNode(Topology)}, on {@code threads} threads.
     *
     * @throws IllegalArgumentException unless {@code threads} is at least 1
     */
    public static NodeLongs perNode(Topology topology, int threads) {
        Objects.requireNonNull(topology, "topology");
        Parallel.requireThreads(threads);
        return new NodeLongs(
                topology, countPerNode(SimpleAdjacency.of(topology, NAME), threads, NAME), -1);
    }

    /** The number of triangles in the graph. */
    public static long total(Topology topology) {
        return total(topology, Parallel.allCores());
    }

    /**
     * As {@link #total(Topology)}, on {@code threads} threads.
     *
     * @throws IllegalArgumentException unless {@code threads} is at least 1
     */
    public static long total(Topology topology, int threads) {
        Objects.requireNonNull(topology, "topology");
        Parallel.requireThreads(threads);
        Forward forward = new Forward(SimpleAdjacency.of(topology, NAME), NAME);
        int n = topology.nodeCount();
        long[] chunkCounts = new long[(n + Parallel.CHUNK - 1) / Parallel.CHUNK];
        Marks marks = new Marks(n);
        Parallel.sumChunks(
                n,
                threads,
                NAME,
                (begin, end) -> {
                    chunkCounts[begin / Parallel.CHUNK] = forward.countLowest(begin, end, marks);
                    return 0;
                });
        long total = 0;
        for (long count : chunkCounts) {
            total += count;
        }
        return total;
    }

    /**
     * The number of triangles at each node of {@code graph}, on {@code threads} threads; what
     * {@link Clustering} reads too.
     */
    static long[] countPerNode(SimpleAdjacency graph, int threads, String algorithm) {
        Forward forward = new Forward(graph, algorithm);
        int n = graph.nodeCount();
        long[] counts = new long[n];
        Marks marks = new Marks(n);
        Parallel.sumChunks(
                n,
                threads,
                algorithm,
                (begin, end) -> {
                    forward.countAround(begin, end, marks, counts);
                    return 0;
                });
        return counts;
    }

    /**
     * The simple graph oriented from lower- to higher-ranked node, rank by degree and then index: a
     * node's forward list holds at most {@code sqrt(2m)} nodes, which bounds the work.
     */
    private static final class Forward {
        private final SimpleAdjacency graph;
        private final int[] offsets;
        private final int[] targets;
        private final String algorithm;

        Forward(SimpleAdjacency graph, String algorithm) {
            this.graph = graph;
            this.algorithm = algorithm;
            int n = graph.nodeCount();
            int[] offsets = new int[n + 1];
            int[] targets = new int[graph.neighbors.length / 2];
            int k = 0;
            for (int v = 0; v < n; v++) {
                if ((v & (Interrupts.CHECK_EVERY - 1)) == 0) {
                    Interrupts.check(algorithm);
                }
                int degree = graph.degree(v);
                for (int i = graph.offsets[v], end = graph.offsets[v + 1]; i < end; i++) {
                    int w = graph.neighbors[i];
                    int other = graph.degree(w);
                    if (other > degree || (other == degree && w > v)) {
                        targets[k++] = w;
                    }
                }
                offsets[v + 1] = k;
            }
            this.offsets = offsets;
            this.targets = targets;
        }

        /**
         * Stores the triangle count of each node of {@code [begin, end)}: the edges among its
         * neighbors, marked here, each found from the forward list of its lower-ranked end.
         */
        void countAround(int begin, int end, Marks marks, long[] counts) {
            int[] markedBy = marks.take();
            try {
                long work = 0;
                for (int x = begin; x < end; x++) {
                    int first = graph.offsets[x];
                    int last = graph.offsets[x + 1];
                    for (int i = first; i < last; i++) {
                        markedBy[graph.neighbors[i]] = x;
                    }
                    long count = 0;
                    for (int i = first; i < last; i++) {
                        int y = graph.neighbors[i];
                        int stop = offsets[y + 1];
                        for (int j = offsets[y]; j < stop; j++) {
                            if (markedBy[targets[j]] == x) {
                                count++;
                            }
                        }
                        work += stop - offsets[y];
                    }
                    counts[x] = count;
                    work += last - first + 1;
                    if (work >= Interrupts.CHECK_EVERY) {
                        Interrupts.check(algorithm);
                        work = 0;
                    }
                }
            } finally {
                marks.give(markedBy);
            }
        }

        /**
         * The number of triangles whose lowest-ranked node is in {@code [begin, end)}: for each
         * such node, the edges among its forward neighbors.
         */
        long countLowest(int begin, int end, Marks marks) {
            int[] markedBy = marks.take();
            try {
                long count = 0;
                long work = 0;
                for (int x = begin; x < end; x++) {
                    int first = offsets[x];
                    int last = offsets[x + 1];
                    for (int i = first; i < last; i++) {
                        markedBy[targets[i]] = x;
                    }
                    for (int i = first; i < last; i++) {
                        int y = targets[i];
                        int stop = offsets[y + 1];
                        for (int j = offsets[y]; j < stop; j++) {
                            if (markedBy[targets[j]] == x) {
                                count++;
                            }
                        }
                        work += stop - offsets[y];
                    }
                    work += last - first + 1;
                    if (work >= Interrupts.CHECK_EVERY) {
                        Interrupts.check(algorithm);
                        work = 0;
                    }
                }
                return count;
            } finally {
                marks.give(markedBy);
            }
        }
    }

    /**
     * Mark arrays for the chunks, one per chunk running at a time and handed on to the next: a mark
     * is the index of the node it was left for, unique to that node's pass, so an array never needs
     * clearing. At most one array per thread is made.
     */
    private static final class Marks {
        private final int n;
        private final ConcurrentLinkedQueue<int[]> free = new ConcurrentLinkedQueue<>();

        Marks(int n) {
            this.n = n;
        }

        int[] take() {
            int[] marks = free.poll();
            if (marks == null) {
                marks = new int[n];
                Arrays.fill(marks, -1);
            }
            return marks;
        }

        void give(int[] marks) {
            free.add(marks);
        }
    }
}
