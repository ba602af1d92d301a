package io.gli.bench;

/**
 * The timed rows of the report, each one JMH benchmark method. Rows marked {@code backendsOnly} use
 * what only GLI has (batches, columns).
 */
enum Operation {
    NODE_CREATION(
            "Node creation",
            CreationBenchmark.class,
            "addNodes",
            false,
            true,
            "one addNode call per node, value=i, fresh graph"),
    NODE_CREATION_BATCH(
            "Node creation, one batch",
            BatchBenchmark.class,
            "oneBatch",
            true,
            true,
            "the same nodes staged in one atomic batch"),
    NODE_CREATION_PRESIZED(
            "Node creation, pre-sized",
            CreationBenchmark.class,
            "addNodesPresized",
            false,
            true,
            "expected sizes given where the library takes them"),
    EDGE_CREATION(
            "Edge creation",
            CreationBenchmark.class,
            "addEdges",
            false,
            true,
            "seeded random pairs between existing nodes"),
    NODE_LOOKUP(
            "Node lookup",
            QueryBenchmark.class,
            "lookup",
            false,
            false,
            "hasNode on random keys, half hits, half misses"),
    NEIGHBOR_QUERY(
            "Neighbor query",
            QueryBenchmark.class,
            "successors",
            false,
            false,
            "successors of a random node, each one visited"),
    ATTRIBUTE_ACCESS(
            "Attribute access",
            QueryBenchmark.class,
            "attribute",
            false,
            false,
            "one attribute of a random node, half of them absent keys"),
    ITERATION(
            "Iteration",
            IterationBenchmark.class,
            "readOneAttributeOfEach",
            false,
            true,
            "every node visited, one attribute read each"),
    COLUMN_SUM(
            "Column sum",
            IterationBenchmark.class,
            "sumColumn",
            true,
            true,
            "the same attribute summed in one call: nodeColumn(\"value\").sumLong()"),
    BATCH_SIZE(
            "Batch size",
            BatchBenchmark.class,
            "batchesOfSize",
            true,
            false,
            "100,000 nodes committed in batches of this size"),
    READS_ONE_THREAD(
            "Reads, 1 thread",
            QueryBenchmark.class,
            "readsOneThread",
            false,
            false,
            "hasNode + one attribute per call; throughput"),
    READS_TWO_THREADS(
            "Reads, 2 threads",
            QueryBenchmark.class,
            "readsTwoThreads",
            false,
            false,
            "the same from two threads at once; total throughput");

    final String label;
    final Class<?> benchmark;
    final String method;
    final boolean backendsOnly;

    /** Whether the label names the size, as in the guide's "Node creation (1M)". */
    final boolean sized;

    final String notes;

    Operation(
            String label,
            Class<?> benchmark,
            String method,
            boolean backendsOnly,
            boolean sized,
            String notes) {
        this.label = label;
        this.benchmark = benchmark;
        this.method = method;
        this.backendsOnly = backendsOnly;
        this.sized = sized;
        this.notes = notes;
    }

    /** The JMH parameter naming the subject. */
    String subjectParameter() {
        return benchmark == BatchBenchmark.class ? "backend" : "subject";
    }
}
