package io.gli.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import io.gli.tck.GraphDecorator;
import io.gli.tck.NodeTests;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs the whole compatibility test kit against monitored graphs of the default backend: the
 * decorator must keep the {@link io.gli.Graph} contract. Then checks, from the monitor's own
 * figures, that the kit really went through the monitor and exercised every Graph method.
 */
class MonitoredTckTest {
    private static final String BACKEND = "optimized";

    @Test
    void theKitPassesOnMonitoredGraphs() {
        EngineExecutionResults results =
                EngineTestKit.engine("junit-jupiter")
                        .selectors(selectPackage("io.gli.tck"))
                        .configurationParameter("gli.tck.backends", BACKEND)
                        .configurationParameter(
                                GraphDecorator.DECORATOR_PARAMETER,
                                MonitoringDecorator.class.getName())
                        .execute();
        long started = results.testEvents().started().count();
        System.out.println(
                "monitored TCK run: "
                        + started
                        + " started, "
                        + results.testEvents().succeeded().count()
                        + " passed, "
                        + results.testEvents().aborted().count()
                        + " skipped");
        List<String> failures =
                results.allEvents().failed().stream().map(MonitoredTckTest::describe).toList();
        assertEquals(
                List.of(),
                failures.subList(0, Math.min(20, failures.size())),
                failures.size() + " TCK tests failed on monitored graphs; the first 20");
        assertTrue(
                results.testEvents().succeeded().count() > 800,
                "the kit must have run: " + started + " started");
        assertTrue(
                results.testEvents().succeeded().stream()
                        .anyMatch(
                                e ->
                                        e.getTestDescriptor()
                                                .getDisplayName()
                                                .contains("decorated by GraphMonitor")),
                "the fixtures must name the decorator");

        MonitorSnapshot snapshot = MonitoringDecorator.MONITOR.snapshot();
        Set<String> recorded =
                snapshot.operations().stream()
                        .map(OperationStats::operation)
                        .collect(Collectors.toSet());
        Set<String> missing =
                new TreeSet<>(Arrays.stream(Call.values()).map(c -> c.operation).toList());
        missing.removeAll(recorded);
        assertEquals(Set.of(), missing, "Graph methods the kit never called through the monitor");
        assertTrue(recorded.contains("commit"), "the kit's explicit batches were timed");
        OperationStats addNode = snapshot.operation("addNode").orElseThrow();
        assertTrue(
                addNode.errors() > 0 && addNode.errors() < addNode.count(),
                "the kit's failing calls are counted as errors: " + addNode);
        System.out.println(
                "monitor: "
                        + snapshot.operations().size()
                        + " operations recorded, "
                        + snapshot.operations().stream().mapToLong(OperationStats::count).sum()
                        + " calls");
    }

    @Test
    void aDecoratorTheKitCannotUseFailsTheKitRatherThanTestingUndecoratedGraphs() {
        for (String name : List.of("io.gli.monitor.NoSuchDecorator", Object.class.getName())) {
            EngineExecutionResults results =
                    EngineTestKit.engine("junit-jupiter")
                            .selectors(selectClass(NodeTests.class))
                            .configurationParameter("gli.tck.backends", BACKEND)
                            .configurationParameter(GraphDecorator.DECORATOR_PARAMETER, name)
                            .execute();
            assertEquals(0, results.testEvents().succeeded().count(), name);
            List<String> failures =
                    results.allEvents().failed().stream().map(MonitoredTckTest::describe).toList();
            assertFalse(failures.isEmpty(), name);
            assertTrue(
                    failures.stream().allMatch(f -> f.contains(name)),
                    () -> name + ": " + failures.get(0));
        }
    }

    /** The test and its failure with every cause (JUnit wraps what an ArgumentsProvider throws). */
    private static String describe(Event event) {
        StringBuilder out = new StringBuilder(event.getTestDescriptor().getUniqueId().toString());
        Throwable failure =
                event.getPayload(TestExecutionResult.class)
                        .flatMap(TestExecutionResult::getThrowable)
                        .orElse(null);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            out.append(t == failure ? " " : " caused by ").append(t);
        }
        return out.toString();
    }
}
