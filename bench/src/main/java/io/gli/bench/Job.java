package io.gli.bench;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;

/**
 * One JMH configuration: an operation's benchmark method with every parameter fixed.
 *
 * @param operation the row it measures
 * @param subject the backend or peer
 * @param size the graph size (for {@link Operation#BATCH_SIZE}, the batch size)
 * @param graph the generated graph of an algorithm or a Loading row; null for the other rows
 */
record Job(Operation operation, String subject, int size, GraphSpec graph) {

    Job(Operation operation, String subject, int size) {
        this(operation, subject, size, null);
    }

    /** An algorithm row on {@code graph}, sized by its node count. */
    static Job algorithm(Operation operation, String subject, GraphSpec graph) {
        return new Job(operation, subject, graph.nodes(), graph);
    }

    /** A Loading row on {@code graph}, sized by its node count. */
    static Job loading(Operation operation, String subject, GraphSpec graph) {
        return new Job(operation, subject, graph.nodes(), graph);
    }

    /**
     * Whether the row reads or writes a whole file, or loads a whole graph in bulk (a {@link
     * LoadingBenchmark} method).
     */
    boolean isLoading() {
        return operation.benchmark == LoadingBenchmark.class;
    }

    /** Whether the row runs a whole graph algorithm (an {@link AlgorithmBenchmark} method). */
    boolean isAlgorithm() {
        return operation.benchmark == AlgorithmBenchmark.class;
    }

    /**
     * The key of the row the job's figure lands in: the operation, and for an algorithm row the
     * graph's shape, like {@code BFS@rmat} (a Loading row: {@code READ_CSV@uniform}).
     */
    String row() {
        return row(operation, graph);
    }

    static String row(Operation operation, GraphSpec graph) {
        return graph == null ? operation.name() : operation.name() + "@" + graph.shape().label();
    }

    /** Whether the row is timed in single shots (one whole build each) rather than for a time. */
    boolean singleShot() {
        BenchmarkMode mode = operation.benchmark.getAnnotation(BenchmarkMode.class);
        return mode != null && Arrays.asList(mode.value()).contains(Mode.SingleShotTime);
    }

    /**
     * How many elements one invocation builds: a single shot's size, whatever the row's size names.
     */
    int elementsPerInvocation() {
        return operation == Operation.BATCH_SIZE ? BatchBenchmark.TUNING_NODES : size;
    }

    /** JMH's include pattern selecting exactly this method. */
    String includePattern() {
        return "^" + Pattern.quote(operation.benchmark.getName() + "." + operation.method) + "$";
    }

    /** The JMH parameters fixing this configuration. */
    Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(operation.subjectParameter(), subject);
        if (graph != null) {
            params.put("graph", graph.toString());
        } else if (operation == Operation.BATCH_SIZE) {
            params.put("batchSize", Integer.toString(size));
            params.put("nodes", Integer.toString(BatchBenchmark.TUNING_NODES));
        } else {
            params.put("nodes", Integer.toString(size));
        }
        return Collections.unmodifiableMap(params);
    }

    /** Like {@code QueryBenchmark.lookup subject=simple nodes=1000000}. */
    String describe() {
        StringBuilder out =
                new StringBuilder(operation.benchmark.getSimpleName())
                        .append('.')
                        .append(operation.method);
        params().forEach((k, v) -> out.append(' ').append(k).append('=').append(v));
        return out.toString();
    }
}
