package io.gli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Graph;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Loading rows measure correct work: every row the report plans runs at smoke size through the
 * same setup as a JMH fork, and each read gives the whole graph (every node, every edge, on GLI
 * every weight), each write a file the format's reader reads back whole, each bulk load the whole
 * graph.
 */
class LoadingBenchmarkTest {
    @TempDir Path root;

    @Test
    void everyPlannedRowDoesTheWholeWork() throws Exception {
        List<Job> jobs = Report.loadingJobs(Report.SMOKE, Subjects.backends());
        assertTrue(
                jobs.stream().anyMatch(job -> job.operation() == Operation.BULK_EDGES),
                "the bulk rows are planned");
        for (Job job : jobs) {
            LoadingData data = LoadingData.of(job.graph());
            Object result = run(job);
            String what = job.describe();
            if (result instanceof Path written) {
                assertTrue(Files.size(written) > 0, what);
                LoadingFormat format = LoadingFormat.of(job.operation());
                if (format.read != null && !Subjects.JGRAPHT.equals(job.subject())) {
                    assertWhole(
                            data,
                            Subjects.loadingSubject(job.subject()).read(format, written),
                            what + ", read back");
                }
            } else if (job.operation() == Operation.BULK_NODES) {
                assertEquals(data.nodeCount(), ((Graph) result).nodeCount(), what);
            } else {
                assertWhole(data, result, what);
            }
        }
    }

    @Test
    void theReportWritesEveryFileOnceAndTakesEachWritesBytes() throws Exception {
        Settings smoke = Report.SMOKE;
        List<Measurement> facts = Report.loadingFacts(smoke, root);
        GraphSpec graph = smoke.loadingGraph();
        LoadingData data = LoadingData.of(graph);
        assertTrue(
                facts.contains(
                        new Measurement(
                                ReportTables.LOADING_EDGES + "@" + graph,
                                ReportTables.GENERATOR,
                                graph.nodes(),
                                data.edgeCount(),
                                Double.NaN,
                                "")),
                facts.toString());
        for (LoadingFormat format : LoadingFormat.values()) {
            Path file = LoadingFiles.directory(root, format.graph(smoke)).resolve(format.fileName);
            assertTrue(
                    facts.stream()
                            .anyMatch(
                                    m ->
                                            m.row().equals(ReportTables.FILE_BYTES + "@" + format)
                                                    && m.value() == sizeOf(file)),
                    format.name());
        }
        Job write = Job.loading(Operation.WRITE_CSV, Subjects.JGRAPHT, graph);
        run(write);
        Path written =
                LoadingFiles.directory(root, graph)
                        .resolve(LoadingFormat.CSV.outputName(Subjects.JGRAPHT));
        long bytes = Files.size(written);
        assertEquals(
                List.of(
                        new Measurement(
                                ReportTables.WRITTEN_BYTES + "@CSV",
                                Subjects.JGRAPHT,
                                graph.nodes(),
                                bytes,
                                Double.NaN,
                                "B")),
                Report.writtenBytes(write, root));
        assertTrue(!Files.exists(written), "measured, then deleted");
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new AssertionError(file + " was not written", e);
        }
    }

    private Object run(Job job) throws IOException, ReflectiveOperationException {
        LoadingBenchmark benchmark = new LoadingBenchmark();
        LoadingBenchmark.Prepared state = new LoadingBenchmark.Prepared();
        state.subject = job.subject();
        state.graph = job.graph().toString();
        state.files = root.toString();
        state.prepare(job.operation().method);
        try {
            return switch (job.operation()) {
                case BULK_NODES -> {
                    LoadingBenchmark.Empty empty = new LoadingBenchmark.Empty();
                    empty.open(state);
                    yield benchmark.bulkNodes(state, empty);
                }
                case BULK_EDGES -> {
                    LoadingBenchmark.NodesOnly nodes = new LoadingBenchmark.NodesOnly();
                    nodes.lists(state);
                    nodes.open(state);
                    yield benchmark.bulkEdges(nodes);
                }
                default ->
                        LoadingBenchmark.class
                                .getMethod(job.operation().method, LoadingBenchmark.Prepared.class)
                                .invoke(benchmark, state);
            };
        } catch (InvocationTargetException e) {
            throw new AssertionError(job.describe() + " failed", e.getCause());
        }
    }

    private static void assertWhole(LoadingData data, Object graph, String what) {
        if (graph instanceof Graph gli) {
            assertEquals(data.nodeCount(), gli.nodeCount(), what);
            assertEquals(data.edgeCount(), gli.edgeCount(), what);
            double sum = 0;
            double expected = 0;
            for (int e = 0; e < data.edgeCount(); e++) {
                expected += data.weight(e);
                sum +=
                        gli.edgeDouble(data.sourceId(e), data.targetId(e), LoadingData.WEIGHT)
                                .orElseThrow();
            }
            assertEquals(expected, sum, 1e-6, what + ": the weights");
        } else {
            @SuppressWarnings("unchecked")
            org.jgrapht.Graph<String, Object> peer = (org.jgrapht.Graph<String, Object>) graph;
            assertEquals(data.nodeCount(), peer.vertexSet().size(), what);
            assertEquals(data.edgeCount(), peer.edgeSet().size(), what);
            double sum = 0;
            double expected = 0;
            for (int e = 0; e < data.edgeCount(); e++) {
                expected += data.weight(e);
                sum += peer.getEdgeWeight(peer.getEdge(data.sourceId(e), data.targetId(e)));
            }
            assertEquals(expected, sum, 1e-6, what + ": the weights");
        }
    }
}
