package io.gli.tck;

import io.gli.Graph;

/**
 * Wraps every graph the kit opens, so that the whole kit can be run against a decorator (a monitor,
 * a cache, a proxy) that claims to keep the {@link Graph} contract. Named by the configuration
 * parameter {@value #DECORATOR_PARAMETER}: the fully qualified name of an implementation with a
 * public no-argument constructor. Without the parameter graphs are tested as the backend opened
 * them.
 *
 * <p>What is decorated: every graph opened through a {@link Fixture}, and the graphs of the {@link
 * DifferentialTest}. Tests of opening itself ({@link Graph#open(String)}, the builder's checks)
 * open graphs directly and see the backend's graph.
 */
public interface GraphDecorator {
    /** The parameter naming the decorator class. */
    String DECORATOR_PARAMETER = "gli.tck.decorator";

    /** Returns the graph the tests should use in place of {@code opened}, a new empty graph. */
    Graph decorate(Graph opened);

    /** Leaves graphs as they were opened. */
    GraphDecorator NONE =
            new GraphDecorator() {
                @Override
                public Graph decorate(Graph opened) {
                    return opened;
                }

                @Override
                public String toString() {
                    return "none";
                }
            };
}
