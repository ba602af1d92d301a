package io.gli.bench;

import java.util.Map;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Point queries on a graph of {@code nodes} nodes ({@code value=i}), built once per trial, on keys
 * drawn at random in setup: node lookup (half hits, half absent nodes, in random order), successor
 * query (existing nodes, on a graph with as many random edges as nodes), attribute access (existing
 * nodes, half asking for {@code value}, half for an absent key). Every result is consumed. The
 * read-scaling pair runs one lookup and one attribute read per call from one and from two threads.
 * Only the successor query builds edges: the others do not read them, and building a million edges
 * per fork would double the report's running time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class QueryBenchmark {

    /** The graph and the keys, shared by all threads. */
    @State(Scope.Benchmark)
    public static class Loaded {
        @Param(Subjects.DEFAULT)
        public String subject;

        @Param({"1000000"})
        public int nodes;

        Subject graph;

        /** Existing nodes. */
        String[] hits;

        /** Existing and absent nodes, half each. */
        String[] mixed;

        /** {@code value} or {@code missing}, half each, aligned with {@link #hits}. */
        String[] keys;

        @Setup(Level.Trial)
        public void build(BenchmarkParams params) {
            String[] ids = Workload.nodeIds(nodes);
            graph = Subjects.create(subject, 0, 0);
            for (int i = 0; i < nodes; i++) {
                graph.addNode(ids[i], Workload.valueAttribute(i));
            }
            if (params.getBenchmark().endsWith(".successors")) {
                int[][] edges = Workload.randomEdges(nodes, nodes, Workload.SEED);
                for (int i = 0; i < nodes; i++) {
                    graph.addEdge(ids[edges[0][i]], ids[edges[1][i]], Map.of());
                }
            }
            hits = toIds(Workload.randomIndices(0, nodes, Workload.SEED + 1));
            // Indices in [0, 2n): the upper half names nodes that do not exist.
            mixed = toIds(Workload.randomIndices(0, 2 * nodes, Workload.SEED + 2));
            keys = new String[Workload.KEYS];
            SplittableRandom random = new SplittableRandom(Workload.SEED + 3);
            for (int i = 0; i < keys.length; i++) {
                keys[i] = random.nextBoolean() ? "value" : "missing";
            }
        }

        private static String[] toIds(int[] indices) {
            String[] ids = new String[indices.length];
            for (int i = 0; i < ids.length; i++) {
                // Fresh strings, as a query arriving from outside would be: no cached hash, no
                // shared identity.
                ids[i] = new String(Workload.nodeId(indices[i]));
            }
            return ids;
        }
    }

    /** Each thread walks the key arrays from its own position. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int advance() {
            return next++ & (Workload.KEYS - 1);
        }
    }

    @Benchmark
    public boolean lookup(Loaded loaded, Cursor cursor) {
        return loaded.graph.hasNode(loaded.mixed[cursor.advance()]);
    }

    @Benchmark
    public int successors(Loaded loaded, Cursor cursor, Blackhole blackhole) {
        return loaded.graph.forEachSuccessor(loaded.hits[cursor.advance()], blackhole::consume);
    }

    @Benchmark
    public Object attribute(Loaded loaded, Cursor cursor) {
        int i = cursor.advance();
        return loaded.graph.nodeAttribute(loaded.hits[i], loaded.keys[i]);
    }

    @Benchmark
    @Threads(1)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void readsOneThread(Loaded loaded, Cursor cursor, Blackhole blackhole) {
        mixedRead(loaded, cursor, blackhole);
    }

    @Benchmark
    @Threads(2)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void readsTwoThreads(Loaded loaded, Cursor cursor, Blackhole blackhole) {
        mixedRead(loaded, cursor, blackhole);
    }

    private static void mixedRead(Loaded loaded, Cursor cursor, Blackhole blackhole) {
        String id = loaded.hits[cursor.advance()];
        blackhole.consume(loaded.graph.hasNode(id));
        blackhole.consume(loaded.graph.nodeAttribute(id, "value"));
    }
}
