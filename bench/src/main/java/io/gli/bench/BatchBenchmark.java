package io.gli.bench;

import io.gli.Batch;
import io.gli.Graph;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * GLI batches, which peers do not have: {@code nodes} nodes added in one atomic batch, and the
 * guide's batch-size tuning (100,000 nodes committed in batches of {@code batchSize}).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class BatchBenchmark {
    static final int TUNING_NODES = 100_000;

    @Param(Subjects.DEFAULT)
    public String backend;

    @Param({"1000000"})
    public int nodes;

    @Param({"10000"})
    public int batchSize;

    String[] ids;
    Graph graph;

    @Setup(Level.Trial)
    public void generate() {
        ids = Workload.nodeIds(Math.max(nodes, TUNING_NODES));
    }

    @Setup(Level.Invocation)
    public void open() {
        graph = Subjects.openGraph(backend, 0, 0);
    }

    @Benchmark
    public Graph oneBatch() {
        String[] ids = this.ids;
        int n = nodes;
        graph.batch(batch -> stageNodes(batch, ids, 0, n));
        return graph;
    }

    @Benchmark
    public Graph batchesOfSize() {
        String[] ids = this.ids;
        int size = batchSize;
        for (int start = 0; start < TUNING_NODES; start += size) {
            int from = start;
            int to = Math.min(TUNING_NODES, start + size);
            graph.batch(batch -> stageNodes(batch, ids, from, to));
        }
        return graph;
    }

    /** Stages nodes {@code ids[from]} to {@code ids[to - 1]}, each with its value attribute. */
    private static void stageNodes(Batch batch, String[] ids, int from, int to) {
        for (int i = from; i < to; i++) {
            batch.addNode(ids[i], Workload.valueAttribute(i));
        }
    }
}
