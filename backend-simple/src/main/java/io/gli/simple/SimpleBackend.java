package io.gli.simple;

import io.gli.GraphOptions;
import io.gli.spi.AbstractGraphBackend;
import io.gli.spi.GraphStore;

/**
 * The {@code simple} backend: one object per node and per edge, kept in hash maps, the way NetworkX
 * keeps a graph as dicts of dicts. Straightforward and idiomatic Java; the baseline the other
 * backends are measured against.
 */
public final class SimpleBackend extends AbstractGraphBackend {
    /** The name to open this backend by. */
    public static final String NAME = "simple";

    /** The instance {@link java.util.ServiceLoader} makes. */
    public SimpleBackend() {
        super(NAME, "object-per-node maps (dict-of-dicts), the straightforward baseline", 10);
    }

    /**
     * Graphs expected to stay small ({@value #SMALL_NODES} nodes or fewer, and at most {@value
     * #SMALL_EDGES} edges) are built faster here than in the optimized backend, which spends its
     * time on growing its compact tables: in the bench, adding 10,000 nodes one at a time took
     * about a third of the time here. Their memory is small either way. So for them this backend
     * bids above the optimized one; for all other graphs (and graphs of unknown size) it keeps its
     * low priority.
     */
    @Override
    public int priorityFor(long expectedNodes, long expectedEdges) {
        boolean small =
                expectedNodes > 0 && expectedNodes <= SMALL_NODES && expectedEdges <= SMALL_EDGES;
        return small ? SMALL_GRAPH_PRIORITY : priority();
    }

    /** The largest expected node count that counts as small. */
    public static final long SMALL_NODES = 10_000;

    /** The largest expected edge count that counts as small. */
    public static final long SMALL_EDGES = 50_000;

    private static final int SMALL_GRAPH_PRIORITY = 1_000;

    @Override
    public GraphStore createStore(GraphOptions options) {
        return new SimpleStore(options);
    }
}
