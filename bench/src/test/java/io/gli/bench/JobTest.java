package io.gli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which rows are single shots (the creation, batch and Loading rows, no timed row), how many shots
 * they take, and which pre-touch their heap (the single shots but the Loading rows).
 */
class JobTest {

    @Test
    void buildsAreSingleShotsAndQueriesAreTimed() {
        for (Operation operation : Operation.values()) {
            boolean build =
                    operation.benchmark == CreationBenchmark.class
                            || operation.benchmark == BatchBenchmark.class
                            || operation.benchmark == LoadingBenchmark.class;
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
            assertEquals(
                    job.singleShot() && !job.isLoading(),
                    arguments.contains(Report.PRE_TOUCH),
                    operation.name());
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

    @Test
    void algorithmRowsAreTimedOnTheLargeHeapWithFewIterationsAndNameTheirGraph() {
        Settings full = Settings.FULL;
        List<Job> jobs = Report.algorithmJobs(full, List.of("optimized", "simple"));
        assertTrue(jobs.stream().anyMatch(job -> job.subject().equals(Subjects.JGRAPHT)));
        for (Job job : jobs) {
            assertTrue(job.isAlgorithm() && !job.singleShot(), job.describe());
            assertEquals(job.graph().nodes(), job.size());
            assertEquals(job.graph().toString(), job.params().get("graph"));
            assertEquals(
                    List.of("-Xms14g", "-Xmx14g"),
                    List.of(Report.forkArguments(job, full)).subList(0, 2));
            assertEquals(Settings.ALGORITHM_WARMUPS, full.warmupsFor(job));
            assertEquals(Settings.ALGORITHM_MEASUREMENTS, full.measurementsFor(job));
            assertTrue(job.row().endsWith("@" + job.graph().shape().label()), job.row());
            assertTrue(
                    !job.subject().equals(Subjects.JGRAPHT) || !job.operation().backendsOnly,
                    job.describe());
        }
        List<Job> plan = Report.plan(full, List.of("optimized", "simple"), List.of("Peer"));
        assertEquals(jobs, plan.subList(plan.size() - jobs.size(), plan.size()));
        Job quick = Report.algorithmJobs(Settings.QUICK, List.of("optimized")).get(0);
        assertEquals(Settings.QUICK.warmupIterations(), Settings.QUICK.warmupsFor(quick));
    }
}
