package io.gli.simple;

import io.gli.GraphOptions;
import io.gli.spi.GraphBackend;
import io.gli.spi.GraphStore;

/**
 * The {@code simple} backend: one object per node and per edge, kept in hash maps, the way
 * NetworkX keeps a graph as dicts of dicts. Straightforward and idiomatic Java; the baseline the
 * other backends are measured against.
 */
public final class SimpleBackend implements GraphBackend {
    /** The name to open this backend by. */
    public static final String NAME = "simple";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "object-per-node maps (dict-of-dicts), the straightforward baseline";
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public GraphStore createStore(GraphOptions options) {
        return new SimpleStore(options);
    }
}
