package io.gli.bench;

import java.util.Map;
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
 * Building a graph one call at a time: {@code nodes} nodes {@code node_<i>} with {@code value=i},
 * or as many random edges between existing nodes. Each invocation starts from a fresh subject built
 * outside the measurement; the single shot is the whole build.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CreationBenchmark {

    /** The IDs and edges, made once per trial. */
    @State(Scope.Benchmark)
    public static class Data {
        @Param(Subjects.DEFAULT)
        public String subject;

        @Param({"1000000"})
        public int nodes;

        String[] ids;

        @Setup(Level.Trial)
        public void generate() {
            ids = Workload.nodeIds(nodes);
        }
    }

    /** An empty subject per invocation. */
    @State(Scope.Benchmark)
    public static class Empty {
        Subject target;
        Subject presized;

        @Setup(Level.Invocation)
        public void open(Data data) {
            target = Subjects.create(data.subject, 0, 0);
            presized = Subjects.create(data.subject, data.nodes, data.nodes);
        }
    }

    /** A subject holding every node but no edge, per invocation, and the edges to add. */
    @State(Scope.Benchmark)
    public static class NodesOnly {
        Subject target;
        int[][] edges;

        @Setup(Level.Trial)
        public void generate(Data data) {
            edges = Workload.randomEdges(data.nodes, data.nodes, Workload.SEED);
        }

        @Setup(Level.Invocation)
        public void open(Data data) {
            target = Subjects.create(data.subject, 0, 0);
            for (int i = 0; i < data.nodes; i++) {
                target.addNode(data.ids[i], Map.of());
            }
        }
    }

    @Benchmark
    public Subject addNodes(Data data, Empty empty) {
        return addAll(empty.target, data.ids);
    }

    @Benchmark
    public Subject addNodesPresized(Data data, Empty empty) {
        return addAll(empty.presized, data.ids);
    }

    private static Subject addAll(Subject target, String[] ids) {
        for (int i = 0; i < ids.length; i++) {
            target.addNode(ids[i], Workload.valueAttribute(i));
        }
        return target;
    }

    @Benchmark
    public Subject addEdges(Data data, NodesOnly graph) {
        Subject target = graph.target;
        String[] ids = data.ids;
        int[] sources = graph.edges[0];
        int[] targets = graph.edges[1];
        for (int i = 0; i < sources.length; i++) {
            target.addEdge(ids[sources[i]], ids[targets[i]], Map.of());
        }
        return target;
    }
}
