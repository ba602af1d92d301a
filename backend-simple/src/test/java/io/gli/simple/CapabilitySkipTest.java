package io.gli.simple;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs the whole TCK against {@link LimitedBackend} and checks that what it lacks is skipped, never
 * failed and never passed: the capability mechanism itself is under test here.
 */
class CapabilitySkipTest {

    @Test
    void theKitSkipsWhatABackendLacks(@TempDir Path services) throws IOException {
        // Register the limited backend for this run only, so no other test or the example sees it.
        Path file = services.resolve("META-INF/services/io.gli.spi.GraphBackend");
        Files.createDirectories(file.getParent());
        Files.writeString(file, LimitedBackend.class.getName() + "\n");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        EngineExecutionResults results;
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {services.toUri().toURL()}, previous)) {
            thread.setContextClassLoader(loader);
            results =
                    EngineTestKit.engine("junit-jupiter")
                            .selectors(selectPackage("io.gli.tck"))
                            .configurationParameter("gli.tck.backends", LimitedBackend.NAME)
                            .execute();
        } finally {
            thread.setContextClassLoader(previous);
        }

        System.out.println(
                "limited TCK run: "
                        + results.testEvents().started().count()
                        + " started, "
                        + results.testEvents().aborted().count()
                        + " skipped, "
                        + results.containerEvents().failed().count()
                        + " containers failed");
        results.containerEvents().failed().stream().forEach(e -> System.out.println(describe(e)));
        List<String> failures =
                results.testEvents().failed().stream()
                        .map(CapabilitySkipTest::describe)
                        .collect(Collectors.toList());
        assertEquals(
                List.of(), failures, "TCK tests failed on a backend that declares what it lacks");

        // An assumption that does not hold aborts a test: Surefire reports it as skipped.
        List<String> skipped =
                results.testEvents().aborted().stream().map(CapabilitySkipTest::describe).toList();
        assertTrue(
                skipped.stream().anyMatch(s -> s.contains("undirected")),
                "undirected runs must be skipped: " + skipped);
        assertTrue(
                skipped.stream().anyMatch(s -> s.contains("randomSequences")),
                "the differential test must be skipped");
        // A declared requirement (@Requires) aborts each invocation before the test body runs,
        // naming what the backend lacks; ignoring it would run these and fail them here.
        for (String test :
                List.of(
                        "ErrorTests]/[test-template:invalidIdsAreRefusedByRemovalsToo(",
                        "ErrorTests]/[test-template:missingNodeIsANoSuchElementNamingItOnRemoval(",
                        "HostileInputTests]/[test-template:everyCataloguedRemovalRefusesHostileInput",
                        "ConcurrencyTests]/[test-template:readersSeeOnlyWholeBatchesUnderMixedLoadWithRemovals(",
                        "NodeTests]/[test-template:removeNodeRemovesOnlyThatNode(")) {
            List<String> invocations = skipped.stream().filter(s -> s.contains(test)).toList();
            assertEquals(2, invocations.size(), test + " must be skipped in both directions");
            assertTrue(
                    invocations.stream()
                            .allMatch(s -> s.contains("lacks REMOVAL, which the test requires")),
                    "the skip names the missing capability: " + invocations);
        }
        // A requirement an argument brings (AtomicBatchTests' full history) skips only the
        // invocations taking it, naming what it needs.
        List<String> fullHistory =
                skipped.stream()
                        .filter(
                                s ->
                                        s.contains(
                                                        "AtomicBatchTests]/[test-template:invalidOperationAtAnyPositionAppliesNothing(")
                                                && s.contains("which the full history requires"))
                        .toList();
        assertEquals(2, fullHistory.size(), "the full history must be skipped in both directions");
        assertTrue(
                fullHistory.stream()
                        .allMatch(
                                s -> s.contains("lacks REMOVAL, which the full history requires")),
                "the skip names the missing capability: " + fullHistory);
        assertTrue(
                skipped.stream()
                        .anyMatch(
                                s ->
                                        s.contains("setColumnWritesNestedValues(")
                                                && s.contains("lacks NESTED_VALUES")),
                "a test requiring nested values must be skipped naming them: " + skipped);
        assertTrue(
                results.testEvents().succeeded().count() > 100,
                "the directed tests that need nothing missing must run");
        // The refusals themselves run only on a backend that lacks something: here they must have
        // run.
        List<String> passed =
                results.testEvents().succeeded().stream()
                        .map(CapabilitySkipTest::describe)
                        .toList();
        for (String test :
                List.of(
                        "selfLoopsAreRefusedWhenLacking",
                        "removalIsRefusedWhenLacking",
                        "nestedValuesAreRefusedWhenLacking",
                        "MemoryProfileTests]/[test-template:refusedWhenLacking(",
                        "aDirectionTheBackendLacksCannotBeOpened")) {
            assertTrue(
                    passed.stream().anyMatch(s -> s.contains(test)),
                    test + " must run and pass: " + passed.size());
        }
        // What a split test does without the capability still runs where the capability is
        // lacking: only the part declaring the requirement is skipped.
        for (String test :
                List.of(
                        "AtomicBatchTests]/[test-template:invalidOperationAtAnyPositionAppliesNothing(",
                        "ConcurrencyTests]/[test-template:readersSeeOnlyWholeBatchesUnderMixedLoad(",
                        "ErrorTests]/[test-template:missingNodeIsANoSuchElementNamingIt(",
                        "HostileInputTests]/[test-template:everyCataloguedMethodRefusesHostileInput",
                        "ColumnTests]/[test-template:setColumnWritesEveryElementInOrder(")) {
            assertTrue(
                    passed.stream().anyMatch(s -> s.contains(test)),
                    test + " must run and pass without the capability its twin requires");
        }
        // The store answers columns through the SPI's defaults only: those must have run and
        // passed.
        for (String test :
                List.of(
                        "NodeColumnTests]/[test-template:valuesAndPresenceMatchPerElementReadsInOrder",
                        "EdgeColumnTests]/[test-template:bulkOperationsEqualAPlainLoopOverPerElementReads",
                        "EdgeColumnTests]/[test-template:setColumnWritesEveryElementInOrder",
                        "NodeColumnTests]/[test-template:aRefusedValueLeavesTheGraphUnchanged")) {
            assertTrue(
                    passed.stream().anyMatch(s -> s.contains(test)),
                    test + " must run and pass on the SPI defaults");
        }
    }

    private static String describe(Event event) {
        String where = event.getTestDescriptor().getUniqueId().toString();
        String why =
                event.getPayload(TestExecutionResult.class)
                        .flatMap(TestExecutionResult::getThrowable)
                        .map(Throwable::toString)
                        .orElse("");
        return where + " " + why;
    }
}
