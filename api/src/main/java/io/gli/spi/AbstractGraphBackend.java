package io.gli.spi;

import java.util.Objects;

/**
 * A {@link GraphBackend} whose name, description and priority are fixed when it is made: a backend
 * passes them to this constructor and writes only {@link #createStore} (and whatever it overrides
 * besides, such as {@link #priorityFor} or {@link #capabilities}).
 *
 * <pre>{@code
 * public final class MyBackend extends AbstractGraphBackend {
 *     public MyBackend() {
 *         super("mine", "what it is for", 50);
 *     }
 *
 *     @Override
 *     public GraphStore createStore(GraphOptions options) {
 *         return new MyStore(options);
 *     }
 * }
 * }</pre>
 */
public abstract class AbstractGraphBackend implements GraphBackend {
    private final String name;
    private final String description;
    private final int priority;

    /**
     * @param name the name users open the backend by ({@link #name()})
     * @param description one line on what the backend is for ({@link #description()})
     * @param priority its priority when a graph is opened without naming a backend ({@link
     *     #priority()})
     * @throws NullPointerException if {@code name} or {@code description} is null
     */
    protected AbstractGraphBackend(String name, String description, int priority) {
        this.name = Objects.requireNonNull(name, "backend name");
        this.description = Objects.requireNonNull(description, "backend description");
        this.priority = priority;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final int priority() {
        return priority;
    }
}
