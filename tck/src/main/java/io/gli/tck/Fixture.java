package io.gli.tck;

import io.gli.BackendInfo;
import io.gli.Capability;
import io.gli.Graph;
import io.gli.GraphBuilder;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * What a TCK test receives: one backend and one direction. Graphs opened through it are checked
 * against the {@linkplain Invariants invariants} when the test ends.
 */
public final class Fixture {
    private static final ThreadLocal<List<Graph>> OPENED = ThreadLocal.withInitial(ArrayList::new);

    /** Each decorated graph opened by the current test, mapped to the graph the backend opened. */
    private static final ThreadLocal<Map<Graph, Graph>> UNDECORATED =
            ThreadLocal.withInitial(IdentityHashMap::new);

    private final BackendInfo backend;
    private final boolean directed;
    private final GraphDecorator decorator;

    Fixture(BackendInfo backend, boolean directed, GraphDecorator decorator) {
        this.backend = backend;
        this.directed = directed;
        this.decorator = decorator;
    }

    /** The backend under test. */
    public BackendInfo backend() {
        return backend;
    }

    /** Whether graphs opened here are directed. */
    public boolean directed() {
        return directed;
    }

    /** Opens an empty graph of this fixture's backend and direction. */
    public Graph open() {
        return open(builder());
    }

    /** A builder preset to this fixture's backend and direction. */
    public GraphBuilder builder() {
        GraphBuilder builder = Graph.builder().backend(backend.name());
        return directed ? builder.directed() : builder.undirected();
    }

    /**
     * Opens a graph from a builder, decorated by the {@link GraphDecorator} under test if there is
     * one, and registers it for the invariant check. Skips the calling test if the backend lacks
     * this fixture's direction.
     */
    public Graph open(GraphBuilder builder) {
        assume(directed ? Capability.DIRECTED : Capability.UNDIRECTED);
        Graph opened = builder.open();
        Graph graph = decorator.decorate(opened);
        OPENED.get().add(graph);
        UNDECORATED.get().put(graph, opened);
        return graph;
    }

    /**
     * The graph the backend opened behind {@code graph}, before the decorator under test wrapped
     * it; {@code graph} itself when there is no decorator. For checks about the backend's own
     * objects, such as measuring its memory.
     */
    Graph undecorated(Graph graph) {
        return UNDECORATED.get().getOrDefault(graph, graph);
    }

    /**
     * Skips the calling test, reported as skipped and never as passed, unless the backend has the
     * capability.
     */
    public void assume(Capability capability) {
        Assumptions.assumeTrue(
                backend.capabilities().contains(capability),
                () -> "backend " + backend.name() + " lacks " + capability);
    }

    /**
     * Whether the backend has the capability: for an expectation that differs by capability, each
     * backend held to its own contract (a nested value accepted, or refused naming {@code
     * NESTED_VALUES}). Never to test less where it is lacking: a test that needs a capability
     * declares it with {@link Requires}, and is then skipped.
     */
    public boolean has(Capability capability) {
        return backend.capabilities().contains(capability);
    }

    static List<Graph> takeOpened() {
        List<Graph> graphs = new ArrayList<>(OPENED.get());
        OPENED.get().clear();
        UNDECORATED.get().clear();
        return graphs;
    }

    @Override
    public String toString() {
        String kind = backend.name() + ", " + (directed ? "directed" : "undirected");
        return decorator == GraphDecorator.NONE ? kind : kind + ", decorated by " + decorator;
    }
}
