package io.gli.simple;

import io.gli.Capability;
import io.gli.GraphOptions;
import io.gli.spi.GraphBackend;
import io.gli.spi.GraphStore;
import java.util.EnumSet;
import java.util.Set;

/**
 * A test-only backend that declares almost every capability missing: directed graphs only, no
 * self-loops, no removal, no nested values. Storage is the simple backend's, reached only through
 * the methods a store must write ({@link RequiredMethodsStore}), so this run of the kit also tests
 * the SPI's default methods. It exists to show that the TCK skips, and never passes, what a backend
 * lacks.
 */
public final class LimitedBackend implements GraphBackend {
    static final String NAME = "simple-limited";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "the simple backend declaring most capabilities missing (tests only)";
    }

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.DIRECTED);
    }

    @Override
    public GraphStore createStore(GraphOptions options) {
        return new RequiredMethodsStore(new SimpleStore(options));
    }
}
