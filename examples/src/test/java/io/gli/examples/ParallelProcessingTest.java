package io.gli.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Graph;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParallelProcessingTest {
    private static final int NODES = 5_000;

    @Test
    void everyWayGivesTheSequentialResult() {
        Graph graph = Iteration.build(NODES);

        ParallelProcessing.Result result =
                ParallelProcessing.run(graph, ParallelProcessing.defaultWorkers());

        assertEquals(NODES, result.sequential().size());
        assertEquals(2L * 1234, result.sequential().get(1234));
        assertEquals((long) NODES * (NODES - 1), result.sequentialSum());
        assertEquals(result.sequential(), result.pooled());
        assertEquals(result.sequentialSum(), result.streamSum());
    }

    @Test
    void thePoolRunsItsChunksOnOneThreadPerWorker() {
        ParallelProcessing.Result result =
                ParallelProcessing.run(Iteration.build(NODES), ParallelProcessing.defaultWorkers());

        assertEquals(result.workers(), result.threadsUsed());
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertTrue(result.threadsUsed() > 1, "threads used: " + result.threadsUsed());
        }
    }

    @Test
    void moreWorkersThanNodesStillCoverEveryNode() {
        ParallelProcessing.Result result = ParallelProcessing.run(Iteration.build(3), 4);

        assertEquals(List.of(0L, 2L, 4L), result.pooled());
    }
}
