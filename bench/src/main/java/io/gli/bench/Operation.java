package io.gli.bench;

import java.util.List;

/**
 * The timed rows of the report, each one JMH benchmark method, with the {@link Trait}s that say how
 * the report shows it.
 */
enum Operation {
    NODE_CREATION(
            "Node creation",
            CreationBenchmark.class,
            "addNodes",
            "one addNode call per node, value=i, fresh graph",
            Trait.SIZED),
    NODE_CREATION_BATCH(
            "Node creation, one batch",
            BatchBenchmark.class,
            "oneBatch",
            "the same nodes staged in one atomic batch",
            Trait.BACKENDS_ONLY,
            Trait.SIZED),
    NODE_CREATION_PRESIZED(
            "Node creation, pre-sized",
            CreationBenchmark.class,
            "addNodesPresized",
            "expected sizes given where the library takes them",
            Trait.SIZED),
    EDGE_CREATION(
            "Edge creation",
            CreationBenchmark.class,
            "addEdges",
            "seeded random pairs between existing nodes",
            Trait.SIZED),
    NODE_LOOKUP(
            "Node lookup",
            QueryBenchmark.class,
            "lookup",
            "hasNode on random keys, half hits, half misses"),
    NEIGHBOR_QUERY(
            "Neighbor query",
            QueryBenchmark.class,
            "successors",
            "successors of a random node, each one visited"),
    ATTRIBUTE_ACCESS(
            "Attribute access",
            QueryBenchmark.class,
            "attribute",
            "one attribute of a random node, half of them absent keys"),
    ITERATION(
            "Iteration",
            IterationBenchmark.class,
            "readOneAttributeOfEach",
            "every node visited, one attribute read each",
            Trait.SIZED),
    COLUMN_SUM(
            "Column sum",
            IterationBenchmark.class,
            "sumColumn",
            "the same attribute summed in one call: nodeColumn(\"value\").sumLong()",
            Trait.BACKENDS_ONLY,
            Trait.SIZED),
    BATCH_SIZE(
            "Batch size",
            BatchBenchmark.class,
            "batchesOfSize",
            "100,000 nodes committed in batches of this size",
            Trait.BACKENDS_ONLY),
    READS_ONE_THREAD(
            "Reads, 1 thread",
            QueryBenchmark.class,
            "readsOneThread",
            "hasNode + one attribute per call; throughput"),
    READS_TWO_THREADS(
            "Reads, 2 threads",
            QueryBenchmark.class,
            "readsTwoThreads",
            "the same from two threads at once; total throughput");

    /** What a row is, beyond what it measures. */
    enum Trait {
        /** The row uses what only GLI has (batches, columns), so the peers have no figure. */
        BACKENDS_ONLY,
        /** The label names the size, as in the guide's "Node creation (1M)". */
        SIZED
    }

    final String label;
    final Class<?> benchmark;
    final String method;
    final String notes;
    final boolean backendsOnly;
    final boolean sized;

    Operation(String label, Class<?> benchmark, String method, String notes, Trait... traits) {
        this.label = label;
        this.benchmark = benchmark;
        this.method = method;
        this.notes = notes;
        List<Trait> all = List.of(traits);
        this.backendsOnly = all.contains(Trait.BACKENDS_ONLY);
        this.sized = all.contains(Trait.SIZED);
    }

    /** The JMH parameter naming the subject. */
    String subjectParameter() {
        return benchmark == BatchBenchmark.class ? "backend" : "subject";
    }
}
