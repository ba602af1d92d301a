package io.gli.bench;

import io.gli.Graph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * The Loading table's rows, each shot one whole file read into a new graph, one whole write of a
 * graph built in setup, or one bulk call: the read methods read the data file of their format
 * ({@link LoadingFiles}, written once per run by the report, or here if missing), the write methods
 * write beside it, to {@link LoadingFormat#outputName} (the report takes the bytes written from
 * that file), and the bulk methods add the loading graph's nodes to a fresh graph, or its edges to
 * a graph holding its nodes, made outside the measurement.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadingBenchmark {

    /** The subject, its graph and the files, set up once per fork. */
    @State(Scope.Benchmark)
    public static class Prepared {
        @Param(Subjects.DEFAULT)
        public String subject;

        /** A {@link GraphSpec}, like {@code uniform/17/8}. */
        @Param("uniform/10/8")
        public String graph;

        /** The run's loading directory; empty for a directory of its own under the temp dir. */
        @Param("")
        public String files;

        LoadingSubject target;
        Path directory;
        LoadingData data;

        @Setup(Level.Trial)
        public void prepare(BenchmarkParams params) throws IOException {
            String benchmark = params.getBenchmark();
            prepare(benchmark.substring(benchmark.lastIndexOf('.') + 1));
        }

        /** Sets up what {@code method} needs, as JMH's setup does. */
        void prepare(String method) throws IOException {
            GraphSpec spec = GraphSpec.parse(graph);
            Path root =
                    files.isEmpty()
                            ? Path.of(System.getProperty("java.io.tmpdir"), "gli-bench-loading")
                            : Path.of(files);
            directory = LoadingFiles.directory(root, spec);
            Operation operation = operationOf(method);
            LoadingFormat format = LoadingFormat.of(operation);
            if (format != null && operation == format.read) {
                LoadingFiles.ensure(root, spec, List.of(format));
            }
            if (format == null || operation == format.write) {
                data = LoadingData.of(spec);
            }
            if (format != null) {
                target = Subjects.loadingSubject(subject);
                if (operation == format.write) {
                    Files.createDirectories(directory);
                    target.hold(data);
                }
            }
        }

        Object read(LoadingFormat format) {
            try {
                return target.read(format, directory.resolve(format.fileName));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Path write(LoadingFormat format) {
            Path file = directory.resolve(format.outputName(subject));
            try {
                target.write(format, file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        }
    }

    /** The operation whose benchmark method is {@code method}. */
    static Operation operationOf(String method) {
        for (Operation operation : Operation.values()) {
            if (operation.benchmark == LoadingBenchmark.class && operation.method.equals(method)) {
                return operation;
            }
        }
        throw new IllegalArgumentException("no Loading row runs method " + method);
    }

    /** An empty graph per shot, for the bulk node row. */
    @State(Scope.Benchmark)
    public static class Empty {
        Graph graph;

        @Setup(Level.Invocation)
        public void open(Prepared state) {
            graph = Subjects.openGraph(state.subject, 0, 0);
        }
    }

    /** A graph holding the nodes per shot, and the edge lists, for the bulk edge row. */
    @State(Scope.Benchmark)
    public static class NodesOnly {
        Graph graph;
        List<String> sources;
        List<String> targets;
        Map<String, List<?>> columns;

        @Setup(Level.Trial)
        public void lists(Prepared state) {
            sources = state.data.sourceIds();
            targets = state.data.targetIds();
            columns = Map.of(LoadingData.WEIGHT, state.data.weights());
        }

        @Setup(Level.Invocation)
        public void open(Prepared state) {
            graph = Subjects.openGraph(state.subject, 0, 0);
            graph.addNodes(state.data.nodeIds());
        }
    }

    @Benchmark
    public Object readCsv(Prepared state) {
        return state.read(LoadingFormat.CSV);
    }

    @Benchmark
    public Object readCsvGzip(Prepared state) {
        return state.read(LoadingFormat.CSV_GZIP);
    }

    @Benchmark
    public Object readGraphml(Prepared state) {
        return state.read(LoadingFormat.GRAPHML);
    }

    @Benchmark
    public Object readNodeLink(Prepared state) {
        return state.read(LoadingFormat.NODE_LINK);
    }

    @Benchmark
    public Object readSnapshot(Prepared state) {
        return state.read(LoadingFormat.SNAPSHOT);
    }

    @Benchmark
    public Path writeCsv(Prepared state) {
        return state.write(LoadingFormat.CSV);
    }

    @Benchmark
    public Path writeCsvGzip(Prepared state) {
        return state.write(LoadingFormat.CSV_GZIP);
    }

    @Benchmark
    public Path writeGraphml(Prepared state) {
        return state.write(LoadingFormat.GRAPHML);
    }

    @Benchmark
    public Path writeNodeLink(Prepared state) {
        return state.write(LoadingFormat.NODE_LINK);
    }

    @Benchmark
    public Path writeDot(Prepared state) {
        return state.write(LoadingFormat.DOT);
    }

    @Benchmark
    public Path writeSnapshot(Prepared state) {
        return state.write(LoadingFormat.SNAPSHOT);
    }

    @Benchmark
    public Graph bulkNodes(Prepared state, Empty empty) {
        empty.graph.addNodes(state.data.nodeIds());
        return empty.graph;
    }

    @Benchmark
    public Graph bulkEdges(NodesOnly nodes) {
        nodes.graph.addEdges(nodes.sources, nodes.targets, nodes.columns);
        return nodes.graph;
    }
}
