package io.gli.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Graph;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchSizeTuningTest {
    private static final int NODES = 1_000;

    @Test
    void everyBatchSizeLoadsEveryNodeInOrder() {
        // 7 and 300 do not divide 1,000: the last batch is a short one. 5,000 exceeds it.
        List<Integer> sizes = List.of(1, 7, 300, 1_000, 5_000);

        BatchSizeTuning.Result result = BatchSizeTuning.run(NODES, sizes);

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            expected.add("node_" + i);
        }
        assertEquals(sizes.size(), result.trials().size());
        for (BatchSizeTuning.Trial trial : result.trials()) {
            Graph graph = trial.graph();
            assertEquals(expected, graph.nodes(), "batch size " + trial.batchSize());
            assertEquals(999L, graph.nodeLong("node_999", "value").orElseThrow());
            assertEquals(
                    (NODES + trial.batchSize() - 1) / trial.batchSize(),
                    trial.batches(),
                    "batch size " + trial.batchSize());
        }
        assertEquals(
                sizes, result.trials().stream().map(BatchSizeTuning.Trial::batchSize).toList());
        assertTrue(sizes.contains(result.optimalBatchSize()));
    }
}
