package io.gli.optimized;

import io.gli.GraphOptions;
import io.gli.spi.AbstractGraphBackend;
import io.gli.spi.GraphStore;

/**
 * The {@code optimized} backend: interned IDs, primitive adjacency in one shared pool,
 * content-addressed columnar attributes, optimistic reads. Highest priority, so it is what {@link
 * io.gli.Graph#open()} gives when it is on the class path. See {@link OptimizedStore}.
 */
public final class OptimizedBackend extends AbstractGraphBackend {
    /** The name to open this backend by. */
    public static final String NAME = "optimized";

    /** The instance {@link java.util.ServiceLoader} makes. */
    public OptimizedBackend() {
        super(
                NAME,
                "interned IDs, pooled int adjacency, deduplicated columnar attributes, optimistic reads",
                100);
    }

    @Override
    public GraphStore createStore(GraphOptions options) {
        return new OptimizedStore(options);
    }
}
