package io.gli;

import java.util.Map;
import java.util.Objects;

/**
 * A {@link Batch} that forwards every call to another batch, its {@linkplain #delegate() delegate}:
 * the base of a decorator, which overrides only the methods it decorates (a monitor, for example,
 * times {@link #commit()}). The staging methods return this batch, not the delegate, so a chain of
 * calls stays on the decorator.
 *
 * <pre>{@code
 * Batch timed = new ForwardingBatch(graph.openBatch()) {
 *     @Override
 *     public void commit() {
 *         long start = System.nanoTime();
 *         super.commit();
 *         log(System.nanoTime() - start);
 *     }
 * };
 * }</pre>
 *
 * A subclass keeps the {@link Batch} contract as long as it passes results and exceptions through.
 */
public abstract class ForwardingBatch implements Batch {
    private final Batch delegate;

    /**
     * @param delegate the batch every call goes to
     * @throws NullPointerException if {@code delegate} is null
     */
    protected ForwardingBatch(Batch delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The batch every call goes to. */
    protected final Batch delegate() {
        return delegate;
    }

    @Override
    public Batch addNode(String id) {
        delegate.addNode(id);
        return this;
    }

    @Override
    public Batch addNode(String id, Map<String, ?> attributes) {
        delegate.addNode(id, attributes);
        return this;
    }

    @Override
    public Batch mergeNode(String id, Map<String, ?> attributes) {
        delegate.mergeNode(id, attributes);
        return this;
    }

    @Override
    public Batch setNodeAttribute(String id, String key, Object value) {
        delegate.setNodeAttribute(id, key, value);
        return this;
    }

    @Override
    public Batch updateNodeAttributes(String id, Map<String, ?> attributes) {
        delegate.updateNodeAttributes(id, attributes);
        return this;
    }

    @Override
    public Batch removeNodeAttribute(String id, String key) {
        delegate.removeNodeAttribute(id, key);
        return this;
    }

    @Override
    public Batch removeNode(String id) {
        delegate.removeNode(id);
        return this;
    }

    @Override
    public Batch addEdge(String source, String target) {
        delegate.addEdge(source, target);
        return this;
    }

    @Override
    public Batch addEdge(String source, String target, Map<String, ?> attributes) {
        delegate.addEdge(source, target, attributes);
        return this;
    }

    @Override
    public Batch mergeEdge(String source, String target, Map<String, ?> attributes) {
        delegate.mergeEdge(source, target, attributes);
        return this;
    }

    @Override
    public Batch setEdgeAttribute(String source, String target, String key, Object value) {
        delegate.setEdgeAttribute(source, target, key, value);
        return this;
    }

    @Override
    public Batch updateEdgeAttributes(String source, String target, Map<String, ?> attributes) {
        delegate.updateEdgeAttributes(source, target, attributes);
        return this;
    }

    @Override
    public Batch removeEdgeAttribute(String source, String target, String key) {
        delegate.removeEdgeAttribute(source, target, key);
        return this;
    }

    @Override
    public Batch removeEdge(String source, String target) {
        delegate.removeEdge(source, target);
        return this;
    }

    @Override
    public int size() {
        return delegate.size();
    }

    @Override
    public void commit() {
        delegate.commit();
    }

    @Override
    public void close() {
        delegate.close();
    }

    /** The delegate's. */
    @Override
    public String toString() {
        return delegate.toString();
    }
}
