package io.gli.optimized;

import io.gli.GraphOptions;
import io.gli.spi.GraphBackend;
import io.gli.spi.GraphStore;

/**
 * The {@code optimized} backend: interned IDs, primitive adjacency in one shared pool,
 * content-addressed columnar attributes, optimistic reads. Highest priority, so it is what {@link
 * io.gli.Graph#open()} gives when it is on the class path. See {@link OptimizedStore}.
 */
public final class OptimizedBackend implements GraphBackend {
    /** The name to open this backend by. */
    public static final String NAME = "optimized";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "interned IDs, pooled int adjacency, deduplicated columnar attributes, optimistic reads";
    }

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public GraphStore createStore(GraphOptions options) {
        return new OptimizedStore(options);
    }
}
