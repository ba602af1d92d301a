package io.gli.bench;

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
 * Visiting every node of a graph of {@code nodes} nodes and reading one attribute of each, and the
 * same sum read as one column.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class IterationBenchmark {
    @Param(Subjects.DEFAULT)
    public String subject;

    @Param({"1000000"})
    public int nodes;

    Subject graph;

    @Setup(Level.Trial)
    public void build() {
        String[] ids = Workload.nodeIds(nodes);
        graph = Subjects.create(subject, 0, 0);
        for (int i = 0; i < nodes; i++) {
            graph.addNode(ids[i], Workload.valueAttribute(i));
        }
    }

    @Benchmark
    public long readOneAttributeOfEach() {
        return graph.sumOfNodeAttribute("value");
    }

    /** The same sum through the column API; GLI backends only (the report runs it on no peer). */
    @Benchmark
    public long sumColumn() {
        return ((GliSubject) graph).columnSum("value");
    }
}
