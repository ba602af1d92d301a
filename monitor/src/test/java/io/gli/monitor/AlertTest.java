package io.gli.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Graph;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The baseline comparison: an alert for an average up by more than the tolerated rise, none
 * otherwise.
 */
class AlertTest {
    private final FakeClock clock = new FakeClock();
    private final TimedGraph timed = new TimedGraph(clock, Graph.open());

    /**
     * A snapshot in which hasNode averaged {@code hasNode} ns and nodeCount {@code nodeCount} ns.
     */
    private MonitorSnapshot run(long hasNode, long nodeCount) {
        GraphMonitor monitor = GraphMonitor.builder().clock(clock).build();
        Graph graph = monitor.wrap(timed.graph());
        // Two calls each, averaging the given figure, so the average and not one call is compared.
        timed.costs(hasNode - 10);
        graph.hasNode("a");
        timed.costs(hasNode + 10);
        graph.hasNode("a");
        timed.costs(nodeCount);
        graph.nodeCount();
        graph.nodeCount();
        return monitor.snapshot();
    }

    @Test
    void anAverageUpByMoreThanHalfRaisesAnAlert() {
        MonitorSnapshot baseline = run(1_000, 200);
        MonitorSnapshot current = run(1_501, 200);
        List<Alert> alerts = current.alertsAgainst(baseline);
        assertEquals(List.of(new Alert("hasNode", 1_000, 1_501)), alerts);
        assertEquals(0.501, alerts.get(0).increase(), 1e-12);
        assertEquals("hasNode: average 1.50 us, up 50% from 1.00 us", alerts.get(0).toString());
    }

    @Test
    void exactlyHalfOrLessIsNoAlert() {
        MonitorSnapshot baseline = run(1_000, 200);
        assertEquals(
                List.of(),
                run(1_500, 300).alertsAgainst(baseline),
                "+50% exactly is not more than 50%");
        assertEquals(List.of(), run(1_000, 200).alertsAgainst(baseline));
        assertEquals(List.of(), run(500, 100).alertsAgainst(baseline), "faster is never an alert");
    }

    @Test
    void theToleratedRiseIsConfigurableAndTheLargestRiseComesFirst() {
        MonitorSnapshot baseline = run(1_000, 200);
        MonitorSnapshot current = run(1_300, 300);
        assertEquals(List.of(), current.alertsAgainst(baseline));
        List<Alert> alerts = current.alertsAgainst(baseline, 0.2);
        assertEquals(
                List.of("nodeCount", "hasNode"), alerts.stream().map(Alert::operation).toList());
        assertEquals(0.5, alerts.get(0).increase(), 1e-12);
        assertEquals(List.of(), current.alertsAgainst(baseline, 0.5));
        assertEquals(
                2, current.alertsAgainst(baseline, 0).size(), "with no tolerance any rise alerts");
    }

    @Test
    void operationsMissingFromEitherSnapshotAreNotCompared() {
        GraphMonitor monitor = GraphMonitor.builder().clock(clock).build();
        Graph graph = monitor.wrap(timed.graph());
        timed.costs(5_000);
        graph.nodes();
        assertEquals(List.of(), monitor.snapshot().alertsAgainst(run(1_000, 200)));
        assertEquals(List.of(), run(1_000, 200).alertsAgainst(monitor.snapshot()));
    }

    @Test
    void aZeroBaselineAlertsOnAnyTime() {
        MonitorSnapshot baseline = run(10, 0);
        List<Alert> alerts = run(10, 1).alertsAgainst(baseline);
        assertEquals(List.of("nodeCount"), alerts.stream().map(Alert::operation).toList());
        assertTrue(Double.isInfinite(alerts.get(0).increase()));
    }

    @Test
    void badArgumentsAreRefusedNamingTheValue() {
        MonitorSnapshot snapshot = run(1_000, 200);
        IllegalArgumentException negative =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> snapshot.alertsAgainst(snapshot, -0.1));
        assertTrue(negative.getMessage().contains("-0.1"), negative.getMessage());
        assertTrue(negative.getMessage().contains("maxIncrease"), negative.getMessage());
        assertThrows(
                IllegalArgumentException.class, () -> snapshot.alertsAgainst(snapshot, Double.NaN));
        assertThrows(
                IllegalArgumentException.class,
                () -> snapshot.alertsAgainst(snapshot, Double.POSITIVE_INFINITY));
        assertThrows(NullPointerException.class, () -> snapshot.alertsAgainst(null));
    }
}
