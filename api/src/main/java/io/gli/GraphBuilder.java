package io.gli;

import io.gli.spi.GraphBackend;

/**
 * Configures and opens a graph. Obtained from {@link Graph#builder()}; the defaults are a directed
 * graph on the highest-priority backend, with no expected sizes.
 *
 * <pre>{@code
 * Graph g = Graph.builder().backend("simple").undirected().expectedNodes(1_000_000).open();
 * }</pre>
 *
 * <p>A builder is not thread-safe; it may be reused to open several graphs.
 */
public final class GraphBuilder {
    private String backend;
    private boolean directed = true;
    private long expectedNodes;
    private long expectedEdges;

    GraphBuilder() {}

    /**
     * Chooses the backend by name; {@code null} restores the default: the backend present that bids
     * highest for the expected sizes ({@link io.gli.spi.GraphBackend#priorityFor(long, long)}),
     * which is the optimized backend except for graphs expected to stay small (see the README's
     * "How a backend is chosen").
     */
    public GraphBuilder backend(String name) {
        if (name != null) {
            Errors.checkBackendName(name);
        }
        this.backend = name;
        return this;
    }

    /** Edges have a direction (the default). */
    public GraphBuilder directed() {
        this.directed = true;
        return this;
    }

    /** Edges have no direction. */
    public GraphBuilder undirected() {
        this.directed = false;
        return this;
    }

    /**
     * How many nodes the caller expects to add, so the backend can allocate once. A hint, not a
     * limit: more can be added, and a backend may allocate for less than an outsized hint; even
     * {@code Long.MAX_VALUE} is accepted and must not exhaust the heap. When no backend is named,
     * the expected sizes also take part in choosing one.
     *
     * @throws IllegalArgumentException if {@code count} is negative; the message gives the count
     */
    public GraphBuilder expectedNodes(long count) {
        Errors.checkExpectedCount("expectedNodes", count);
        this.expectedNodes = count;
        return this;
    }

    /**
     * How many edges the caller expects to add, so the backend can allocate once. A hint, like
     * {@link #expectedNodes}.
     *
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public GraphBuilder expectedEdges(long count) {
        Errors.checkExpectedCount("expectedEdges", count);
        this.expectedEdges = count;
        return this;
    }

    /**
     * Opens an empty graph with these options.
     *
     * @throws UnknownBackendException if the named backend is not on the class path
     * @throws IllegalStateException if no backend at all is on the class path
     * @throws UnsupportedOperationException if the backend lacks {@link Capability#UNDIRECTED} or
     *     {@link Capability#DIRECTED} as asked
     */
    public Graph open() {
        GraphBackend chosen =
                backend == null
                        ? Backends.preferred(expectedNodes, expectedEdges)
                        : Backends.named(backend);
        Capability needed = directed ? Capability.DIRECTED : Capability.UNDIRECTED;
        if (!chosen.capabilities().contains(needed)) {
            throw Errors.unsupported(chosen.name(), needed);
        }
        GraphOptions options =
                new GraphOptions(chosen.name(), directed, expectedNodes, expectedEdges);
        return new StandardGraph(chosen.createStore(options), options, chosen.capabilities());
    }
}
