package io.gli;

import io.gli.spi.GraphStore;

/**
 * What an operation's preconditions look at: the store itself, or the store as a batch has changed
 * it so far.
 */
interface GraphState {
    boolean hasNode(String id);

    boolean hasEdge(String source, String target);

    static GraphState of(GraphStore store) {
        return new GraphState() {
            @Override
            public boolean hasNode(String id) {
                return store.containsNode(id);
            }

            @Override
            public boolean hasEdge(String source, String target) {
                return store.containsEdge(source, target);
            }
        };
    }
}
