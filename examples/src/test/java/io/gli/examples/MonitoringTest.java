package io.gli.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gli.monitor.MonitorSnapshot;
import io.gli.monitor.OperationStats;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MonitoringTest {
    @Test
    void theSnapshotCountsEveryCallMadeThroughTheMonitoredGraph() {
        int nodes = 400;

        Monitoring.Result result = Monitoring.run(nodes);

        MonitorSnapshot snapshot = result.snapshot();
        Map<String, Long> calls = new TreeMap<>();
        for (OperationStats stats : snapshot.operations()) {
            calls.put(stats.operation(), stats.count());
            assertEquals(0, stats.errors(), stats.operation());
        }
        assertEquals(Map.of("addNode", 400L, "addEdge", 200L, "neighbors", 40L), calls);
    }

    @Test
    void theMonitoredGraphHoldsWhatWasAdded() {
        Monitoring.Result result = Monitoring.run(50);

        assertEquals(50, result.graph().nodeCount());
        assertEquals(25, result.graph().edgeCount());
        assertEquals(List.of("node_1"), result.graph().successors("node_0"));
    }
}
