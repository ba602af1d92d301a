package io.gli.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkloadTest {

    @Test
    void randomEdgesAreDistinctInRangeAndRepeatable() {
        int[][] edges = Workload.randomEdges(100, 1_000, 7);
        Set<Long> pairs = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            int s = edges[0][i];
            int t = edges[1][i];
            assertEquals(true, s >= 0 && s < 100 && t >= 0 && t < 100);
            pairs.add((long) s * 100 + t);
        }
        assertEquals(1_000, pairs.size());
        assertArrayEquals(edges[0], Workload.randomEdges(100, 1_000, 7)[0]);
        assertThrows(IllegalArgumentException.class, () -> Workload.randomEdges(3, 10, 1));
    }

    @Test
    void attributeSetsVaryButSharedSetsAreEqual() {
        assertEquals(5, Workload.fiveNodeAttributes(1).size());
        assertEquals(false, Workload.fiveNodeAttributes(1).equals(Workload.fiveNodeAttributes(2)));
        assertEquals(Workload.sharedAttributes(), Workload.sharedAttributes());
        assertEquals("node_42", Workload.nodeId(42));
    }
}
