package io.gli.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.monitor.Alert;
import io.gli.monitor.MonitorSnapshot;
import io.gli.monitor.OperationStats;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * Runs the example on fake clocks that advance a fixed step at every reading, so each call lasts
 * exactly one step and the figures and alerts do not depend on the machine.
 */
class ProductionMonitoringTest {
    private static final int NODES = 2_500;
    private static final Set<String> OPERATIONS =
            Set.of("batch", "hasNode", "nodeLong", "findNodes");

    private static LongSupplier clockStepping(Duration step) {
        AtomicLong now = new AtomicLong();
        return () -> now.addAndGet(step.toNanos());
    }

    @Test
    void eachPeriodCountsItsWorkload() {
        ProductionMonitoring.Result result =
                ProductionMonitoring.run(
                        NODES,
                        clockStepping(Duration.ofNanos(500)),
                        clockStepping(Duration.ofNanos(500)));

        // The baseline has a tenth of the nodes: 250, in one batch; now 2,500 in three.
        assertEquals(
                Map.of("batch", 1L, "hasNode", 250L, "nodeLong", 250L, "findNodes", 10L),
                counts(result.baseline()));
        assertEquals(
                Map.of("batch", 3L, "hasNode", 2_500L, "nodeLong", 2_500L, "findNodes", 10L),
                counts(result.current()));
    }

    @Test
    void noAlertWhenNothingGotSlower() {
        ProductionMonitoring.Result result =
                ProductionMonitoring.run(
                        NODES,
                        clockStepping(Duration.ofNanos(500)),
                        clockStepping(Duration.ofNanos(500)));

        assertEquals(List.of(), result.alerts());
    }

    @Test
    void anArtificiallyFastBaselineRaisesAnAlertForEveryOperation() {
        ProductionMonitoring.Result result =
                ProductionMonitoring.run(
                        NODES,
                        clockStepping(Duration.ofNanos(500)),
                        clockStepping(Duration.ofNanos(1_000)));

        Set<String> alerted = new TreeSet<>();
        for (Alert alert : result.alerts()) {
            alerted.add(alert.operation());
            assertEquals(1.0, alert.increase(), 1e-9, alert.toString());
        }
        assertEquals(OPERATIONS, alerted);
    }

    @Test
    void aRiseOfExactlyHalfIsTolerated() {
        ProductionMonitoring.Result result =
                ProductionMonitoring.run(
                        NODES,
                        clockStepping(Duration.ofNanos(1_000)),
                        clockStepping(Duration.ofNanos(1_500)));

        assertEquals(List.of(), result.alerts());
    }

    @Test
    void callsOverAHundredMillisecondsGoToTheSlowLogWhichKeepsTheLastHundred() {
        ProductionMonitoring.Result result =
                ProductionMonitoring.run(
                        NODES,
                        clockStepping(Duration.ofNanos(500)),
                        clockStepping(Duration.ofMillis(101)));

        MonitorSnapshot current = result.current();
        long calls = counts(current).values().stream().mapToLong(Long::longValue).sum();
        assertEquals(Duration.ofMillis(100), current.slowThreshold());
        assertEquals(calls, current.slowCount());
        assertEquals(ProductionMonitoring.SLOW_LOG, current.slowOperations().size());
        assertEquals(
                "findNodes",
                current.slowOperations().get(ProductionMonitoring.SLOW_LOG - 1).operation());
        assertEquals(0, result.baseline().slowCount());
    }

    @Test
    void percentilesAreOverTheGuidesMinute() {
        MonitorSnapshot snapshot =
                ProductionMonitoring.run(
                                NODES,
                                clockStepping(Duration.ofNanos(500)),
                                clockStepping(Duration.ofNanos(500)))
                        .current();

        assertEquals(Duration.ofSeconds(60), snapshot.window());
        OperationStats hasNode = snapshot.operation("hasNode").orElseThrow();
        assertEquals(500, hasNode.p95Nanos());
        assertTrue(hasNode.windowCount() > 0);
    }

    private static Map<String, Long> counts(MonitorSnapshot snapshot) {
        Map<String, Long> counts = new TreeMap<>();
        for (OperationStats stats : snapshot.operations()) {
            counts.put(stats.operation(), stats.count());
        }
        return counts;
    }
}
