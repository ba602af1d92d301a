package io.gli.spi;

import io.gli.Capability;
import io.gli.GraphOptions;
import java.util.EnumSet;
import java.util.Set;

/**
 * A graph backend, discovered with {@link java.util.ServiceLoader}. A backend ships a class
 * implementing this interface with a public no-argument constructor, listed in {@code
 * META-INF/services/io.gli.spi.GraphBackend}.
 *
 * <p>The backend supplies only storage ({@link GraphStore}); the API layer in front of it checks
 * every argument and precondition, produces every error, takes the locks and runs batches, so that
 * every backend keeps the same contract.
 */
public interface GraphBackend {

    /** The name users open this backend by, such as {@code "simple"}; unique on a class path. */
    String name();

    /** One line on what this backend is for. */
    String description();

    /** Higher wins when a graph is opened without naming a backend. */
    int priority();

    /**
     * This backend's priority for a graph opened without naming a backend but with expected sizes
     * (0 when not given): lets a backend bid higher for the graphs it suits best. The default is
     * {@link #priority()} whatever the sizes.
     */
    default int priorityFor(long expectedNodes, long expectedEdges) {
        return priority();
    }

    /**
     * What this backend supports; every {@link Capability} unless overridden. Using what is not
     * listed raises {@link UnsupportedOperationException} before the store is called.
     */
    default Set<Capability> capabilities() {
        return EnumSet.allOf(Capability.class);
    }

    /**
     * Creates an empty store for a graph with these options.
     *
     * @param options the graph's options; {@code expectedNodes} and {@code expectedEdges} are hints
     *     for pre-allocation
     */
    GraphStore createStore(GraphOptions options);
}
