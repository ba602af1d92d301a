package io.gli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which rows warm up by single shots: the creation and batch builds, and no timed row. */
class JobTest {

    @Test
    void buildsAreSingleShotsAndQueriesAreTimed() {
        for (Operation operation : Operation.values()) {
            boolean build = operation.benchmark == CreationBenchmark.class || operation.benchmark == BatchBenchmark.class;
            assertEquals(build, new Job(operation, "optimized", 1_000).singleShot(), operation.name());
        }
    }
}
