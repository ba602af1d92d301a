package io.gli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which rows are single shots (the creation and batch builds, no timed row), how many shots they
 * take, and which pre-touch their heap (the single shots).
 */
class JobTest {

    @Test
    void buildsAreSingleShotsAndQueriesAreTimed() {
        for (Operation operation : Operation.values()) {
            boolean build =
                    operation.benchmark == CreationBenchmark.class
                            || operation.benchmark == BatchBenchmark.class;
            assertEquals(
                    build, new Job(operation, "optimized", 1_000).singleShot(), operation.name());
        }
    }

    @Test
    void onlyBuildsPreTouchTheirHeap() {
        for (Operation operation : Operation.values()) {
            Job job = new Job(operation, "optimized", 1_000);
            List<String> arguments = List.of(Report.forkArguments(job, Settings.QUICK));
            assertEquals(
                    List.of("-Xms4g", "-Xmx4g", "-Xmn" + Report.YOUNG_GENERATION),
                    arguments.subList(0, 3),
                    operation.name());
            assertEquals(job.singleShot(), arguments.contains(Report.PRE_TOUCH), operation.name());
        }
    }

    @Test
    void onlyGraphsAboveTheMainTableSizeGetTheLargeHeap() {
        Settings full = Settings.FULL;
        assertEquals(
                List.of("-Xms4g", "-Xmx4g"),
                List.of(
                                Report.forkArguments(
                                        new Job(
                                                Operation.NODE_CREATION,
                                                "optimized",
                                                full.tableNodes()),
                                        full))
                        .subList(0, 2));
        assertEquals(
                List.of("-Xms14g", "-Xmx14g"),
                List.of(
                                Report.forkArguments(
                                        new Job(Operation.NODE_CREATION, "optimized", 10_000_000),
                                        full))
                        .subList(0, 2));
    }

    @Test
    void theMainTableIsTheFullPlansBeginning() {
        List<String> backends = List.of("optimized", "simple");
        List<String> all = List.of("optimized", "simple", "Peer");
        for (Settings settings : List.of(Settings.QUICK, Settings.FULL)) {
            List<Job> main = Report.mainTable(settings, backends, all);
            List<Job> plan = Report.plan(settings, backends, all);
            assertEquals(main, plan.subList(0, main.size()), settings.name());
            assertTrue(plan.size() > main.size(), settings.name());
            assertTrue(
                    main.stream().allMatch(job -> job.size() == settings.tableNodes()),
                    settings.name());
            assertTrue(
                    main.stream()
                            .anyMatch(
                                    job ->
                                            job.operation() == Operation.NEIGHBOR_QUERY
                                                    && job.subject().equals("simple")),
                    settings.name());
        }
    }

    @Test
    void smallBuildsRepeatTheirShotsUntilTheyMakeUpTheMainTablesSize() {
        Settings full = Settings.FULL;
        Job large = new Job(Operation.NODE_CREATION, "simple", full.tableNodes());
        assertEquals(full.warmupShots(), full.warmupsFor(large));
        assertEquals(full.measurementIterations(), full.measurementsFor(large));
        assertEquals(
                full.warmupShots(),
                full.warmupsFor(new Job(Operation.NODE_CREATION, "simple", 10_000_000)));

        Job small = new Job(Operation.NODE_CREATION, "simple", 10_000);
        assertEquals(full.warmupShots() * 100, full.warmupsFor(small));
        assertEquals(full.measurementIterations() * 100, full.measurementsFor(small));

        // A tuning row's size is its batch size; each shot builds the tuning graph all the same.
        Job tuning = new Job(Operation.BATCH_SIZE, "optimized", 100);
        assertEquals(full.tableNodes() / BatchBenchmark.TUNING_NODES, full.shotRepeats(tuning));

        Job timed = new Job(Operation.NODE_LOOKUP, "simple", 10_000);
        assertEquals(full.warmupIterations(), full.warmupsFor(timed));
        assertEquals(full.measurementIterations(), full.measurementsFor(timed));
    }
}
