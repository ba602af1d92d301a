package io.gli.simple;

import io.gli.Edge;
import io.gli.spi.GraphStore;
import io.gli.spi.Synchronizer;
import java.util.List;
import java.util.Map;

/**
 * A store that forwards only the methods every store must write to another store, so that the SPI's
 * default methods (columns, bulk column writes, {@code forEachNode}, the {@code ...IfAbsent} adds,
 * the one-lookup and typed reads, and {@code Synchronizer.readLong}) are what runs: what a
 * third-party backend gets without writing them. Tests only.
 */
final class RequiredMethodsStore implements GraphStore {
    private final GraphStore store;
    private final Synchronizer synchronizer;

    RequiredMethodsStore(GraphStore store) {
        this.store = store;
        this.synchronizer = new RequiredMethodsSynchronizer(store.synchronizer());
    }

    @Override
    public Synchronizer synchronizer() {
        return synchronizer;
    }

    /** Forwards only the methods a synchronizer must write, so that the defaults run too. */
    private static final class RequiredMethodsSynchronizer implements Synchronizer {
        private final Synchronizer synchronizer;

        RequiredMethodsSynchronizer(Synchronizer synchronizer) {
            this.synchronizer = synchronizer;
        }

        @Override
        public <R> R read(
                GraphStore store, String first, String second, String third, Query<R> query) {
            return synchronizer.read(store, first, second, third, query);
        }

        @Override
        public int readInt(GraphStore store, String first, String second, IntQuery query) {
            return synchronizer.readInt(store, first, second, query);
        }

        @Override
        public <T> T readAll(java.util.function.Supplier<T> body) {
            return synchronizer.readAll(body);
        }

        @Override
        public void write(Runnable body) {
            synchronizer.write(body);
        }
    }

    @Override
    public int nodeCount() {
        return store.nodeCount();
    }

    @Override
    public boolean containsNode(String id) {
        return store.containsNode(id);
    }

    @Override
    public void addNode(String id, Map<String, Object> attributes) {
        store.addNode(id, attributes);
    }

    @Override
    public void removeNode(String id) {
        store.removeNode(id);
    }

    @Override
    public Map<String, Object> nodeAttributes(String id) {
        return store.nodeAttributes(id);
    }

    @Override
    public Object nodeAttribute(String id, String key) {
        return store.nodeAttribute(id, key);
    }

    @Override
    public void putNodeAttributes(String id, Map<String, Object> attributes) {
        store.putNodeAttributes(id, attributes);
    }

    @Override
    public boolean removeNodeAttribute(String id, String key) {
        return store.removeNodeAttribute(id, key);
    }

    @Override
    public List<String> nodes() {
        return store.nodes();
    }

    @Override
    public int edgeCount() {
        return store.edgeCount();
    }

    @Override
    public boolean containsEdge(String source, String target) {
        return store.containsEdge(source, target);
    }

    @Override
    public void addEdge(String source, String target, Map<String, Object> attributes) {
        store.addEdge(source, target, attributes);
    }

    @Override
    public void removeEdge(String source, String target) {
        store.removeEdge(source, target);
    }

    @Override
    public Map<String, Object> edgeAttributes(String source, String target) {
        return store.edgeAttributes(source, target);
    }

    @Override
    public Object edgeAttribute(String source, String target, String key) {
        return store.edgeAttribute(source, target, key);
    }

    @Override
    public void putEdgeAttributes(String source, String target, Map<String, Object> attributes) {
        store.putEdgeAttributes(source, target, attributes);
    }

    @Override
    public boolean removeEdgeAttribute(String source, String target, String key) {
        return store.removeEdgeAttribute(source, target, key);
    }

    @Override
    public List<Edge> edges() {
        return store.edges();
    }

    @Override
    public List<String> successors(String id) {
        return store.successors(id);
    }

    @Override
    public List<String> predecessors(String id) {
        return store.predecessors(id);
    }

    @Override
    public List<String> neighbors(String id) {
        return store.neighbors(id);
    }

    @Override
    public int outDegree(String id) {
        return store.outDegree(id);
    }

    @Override
    public int inDegree(String id) {
        return store.inDegree(id);
    }

    @Override
    public int degree(String id) {
        return store.degree(id);
    }
}
