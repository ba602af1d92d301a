package io.gli.bench;

import io.gli.Topology;
import io.gli.bench.AlgorithmSubject.Form;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Whole graph algorithms, one call each, on a {@link GeneratedGraph} drawn and built into the
 * subject's own representation once per fork, in the {@link Form} the benchmark needs (only that
 * one is built). GLI's rows run on a snapshot taken in setup; {@link #snapshot} and {@link
 * #snapshotWeighted} measure taking one. Methods ending in {@code AllCores} run the same work on
 * every core, GLI only.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class AlgorithmBenchmark {
    /** The form each benchmark method runs on; methods not named are directed, unweighted. */
    static final Map<String, Form> FORMS =
            Map.of(
                    "snapshotWeighted", Form.DIRECTED_WEIGHTED,
                    "dijkstra", Form.DIRECTED_WEIGHTED,
                    "connectedComponents", Form.UNDIRECTED,
                    "clustering", Form.UNDIRECTED,
                    "clusteringAllCores", Form.UNDIRECTED,
                    "coreNumbers", Form.UNDIRECTED,
                    "labelPropagation", Form.UNDIRECTED,
                    "spanningForest", Form.UNDIRECTED_WEIGHTED);

    @Param(Subjects.DEFAULT)
    public String subject;

    /** A {@link GraphSpec}, like {@code rmat/17/8}. */
    @Param("rmat/10/8")
    public String graph;

    AlgorithmSubject target;

    static Form formOf(String method) {
        return FORMS.getOrDefault(method, Form.DIRECTED);
    }

    @Setup(Level.Trial)
    public void build(BenchmarkParams params) {
        String benchmark = params.getBenchmark();
        prepare(benchmark.substring(benchmark.lastIndexOf('.') + 1));
    }

    /** Draws the graph and builds it for {@code method}, as JMH's setup does. */
    void prepare(String method) {
        target =
                Subjects.algorithmSubject(
                        subject, GraphSpec.parse(graph).generate(), formOf(method));
    }

    @Benchmark
    public Topology snapshot() {
        return ((GliAlgorithmSubject) target).snapshot();
    }

    @Benchmark
    public Topology snapshotWeighted() {
        return ((GliAlgorithmSubject) target).snapshot();
    }

    @Benchmark
    public long bfs() {
        return target.bfs();
    }

    @Benchmark
    public double dijkstra() {
        return target.dijkstra();
    }

    @Benchmark
    public int weakComponents() {
        return target.weakComponents();
    }

    @Benchmark
    public int strongComponents() {
        return target.strongComponents();
    }

    @Benchmark
    public int connectedComponents() {
        return target.connectedComponents();
    }

    @Benchmark
    public double pageRank() {
        return target.pageRank(1);
    }

    @Benchmark
    public double pageRankAllCores() {
        return target.pageRank(Runtime.getRuntime().availableProcessors());
    }

    @Benchmark
    public double clustering() {
        return target.averageClustering(1);
    }

    @Benchmark
    public double clusteringAllCores() {
        return target.averageClustering(Runtime.getRuntime().availableProcessors());
    }

    @Benchmark
    public int coreNumbers() {
        return target.degeneracy();
    }

    @Benchmark
    public int labelPropagation() {
        return target.labelPropagation();
    }

    @Benchmark
    public double spanningForest() {
        return target.minimumSpanningForest();
    }

    @Benchmark
    public double betweenness() {
        return target.betweenness(1);
    }

    @Benchmark
    public double betweennessAllCores() {
        return target.betweenness(Runtime.getRuntime().availableProcessors());
    }
}
