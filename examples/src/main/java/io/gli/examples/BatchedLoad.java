package io.gli.examples;

import io.gli.Graph;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Loads the numbered nodes {@code node_0}, {@code node_1}, ... into a graph in batches of a fixed
 * size, in order; when the size does not divide the count, the last batch is smaller, so every node
 * is loaded once. The examples that time or monitor a chunked load share it, so that each shows the
 * same loop the guide recommends.
 */
final class BatchedLoad {
    private BatchedLoad() {}

    /**
     * Adds node {@code "node_" + i} with {@code attributes.apply(i)} for every {@code i} below
     * {@code count}, one {@link Graph#batch} per {@code batchSize} nodes.
     *
     * @return the number of batches committed
     */
    static int addNodes(
            Graph graph, int count, int batchSize, IntFunction<Map<String, ?>> attributes) {
        int batches = 0;
        for (int start = 0; start < count; start += batchSize) {
            int from = start;
            int to = Math.min(count, start + batchSize);
            graph.batch(
                    batch -> {
                        for (int i = from; i < to; i++) {
                            batch.addNode("node_" + i, attributes.apply(i));
                        }
                    });
            batches++;
        }
        return batches;
    }
}
