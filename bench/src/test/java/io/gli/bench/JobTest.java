package io.gli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which rows warm up by single shots, and pre-touch their heap: the creation and batch builds,
 * and no timed row.
 */
class JobTest {

    @Test
    void buildsAreSingleShotsAndQueriesAreTimed() {
        for (Operation operation : Operation.values()) {
            boolean build = operation.benchmark == CreationBenchmark.class || operation.benchmark == BatchBenchmark.class;
            assertEquals(build, new Job(operation, "optimized", 1_000).singleShot(), operation.name());
        }
    }

    @Test
    void onlyBuildsPreTouchTheirHeap() {
        for (Operation operation : Operation.values()) {
            Job job = new Job(operation, "optimized", 1_000);
            List<String> arguments = List.of(Report.forkArguments(job, Settings.QUICK));
            assertEquals(List.of("-Xms4g", "-Xmx4g", "-Xmn" + Report.YOUNG_GENERATION),
                    arguments.subList(0, 3), operation.name());
            assertEquals(job.singleShot(), arguments.contains(Report.PRE_TOUCH), operation.name());
        }
    }
}
