package io.gli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The algorithm rows measure correct work: every benchmark method runs at smoke size on every
 * subject that has it, through the same setup as a JMH fork, and the subjects agree on what the
 * algorithms found (GLI's backends exactly, JGraphT within rounding).
 */
class AlgorithmBenchmarkTest {
    private static final List<String> GRAPHS = List.of("rmat/10/8", "uniform/10/8");

    /** Graph, then subject, then operation: the figure the benchmark method returned. */
    private static final Map<String, Map<String, Map<Operation, Object>>> RESULTS =
            new LinkedHashMap<>();

    @BeforeAll
    static void runEveryRowOnEverySubject() throws ReflectiveOperationException {
        List<String> subjects = new ArrayList<>(Subjects.backends());
        subjects.add(Subjects.JGRAPHT);
        for (String graph : GRAPHS) {
            Map<String, Map<Operation, Object>> bySubject = new LinkedHashMap<>();
            for (String subject : subjects) {
                boolean peer = subject.equals(Subjects.JGRAPHT);
                Map<Operation, Object> results = new EnumMap<>(Operation.class);
                for (Operation operation : Operation.values()) {
                    if (operation.benchmark != AlgorithmBenchmark.class
                            || (peer && operation.backendsOnly)
                            || (!peer && GliAlgorithmSubject.NOT_BUILT.contains(operation))) {
                        continue;
                    }
                    try {
                        results.put(operation, run(subject, graph, operation));
                    } catch (UnsupportedOperationException e) {
                        assertTrue(peer, subject + " " + operation + " unsupported");
                    }
                }
                bySubject.put(subject, results);
            }
            RESULTS.put(graph, bySubject);
        }
    }

    private static Settings smoke(String graph) {
        Settings s = Report.SMOKE;
        return new Settings(
                s.name(),
                s.forks(),
                s.warmupIterations(),
                s.warmupShots(),
                s.measurementIterations(),
                s.warmupMillis(),
                s.iterationMillis(),
                s.tableNodes(),
                s.growthNodes(),
                s.memoryElements(),
                s.forkHeap(),
                s.largeHeap(),
                List.of(GraphSpec.parse(graph)),
                s.loadingGraph(),
                s.markupGraph());
    }

    private static Object run(String subject, String graph, Operation operation)
            throws ReflectiveOperationException {
        AlgorithmBenchmark benchmark = new AlgorithmBenchmark();
        benchmark.subject = subject;
        benchmark.graph = graph;
        benchmark.prepare(operation.method);
        try {
            return AlgorithmBenchmark.class.getMethod(operation.method).invoke(benchmark);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof UnsupportedOperationException unsupported) {
                throw unsupported;
            }
            throw new AssertionError(subject + " " + operation + " on " + graph, e.getCause());
        }
    }

    @Test
    void everySubjectRunsEveryRowPlannedForIt() {
        for (var byGraph : RESULTS.entrySet()) {
            for (Job job : Report.algorithmJobs(smoke(byGraph.getKey()), Subjects.backends())) {
                assertTrue(
                        byGraph.getValue().get(job.subject()).containsKey(job.operation()),
                        job.describe());
            }
            Map<Operation, Object> jgrapht = byGraph.getValue().get(Subjects.JGRAPHT);
            assertTrue(jgrapht.containsKey(Operation.CLUSTERING), "runs at toy size all the same");
            assertTrue(!jgrapht.containsKey(Operation.BETWEENNESS), "JGraphT has no sampling");
        }
    }

    @Test
    void theGraphsGiveTheAlgorithmsRealWork() {
        for (var byGraph : RESULTS.entrySet()) {
            Map<Operation, Object> jgrapht = byGraph.getValue().get(Subjects.JGRAPHT);
            long reached = (Long) jgrapht.get(Operation.BFS);
            int strong = (Integer) jgrapht.get(Operation.STRONG_COMPONENTS);
            assertTrue(reached > 100, byGraph.getKey() + ": BFS reached " + reached);
            assertTrue(strong > 1 && strong < 1024, byGraph.getKey() + ": " + strong + " SCCs");
            assertTrue(Double.isFinite((Double) jgrapht.get(Operation.DIJKSTRA)));
            assertTrue((Integer) jgrapht.get(Operation.CORE_NUMBERS) > 1);
            assertTrue((Double) jgrapht.get(Operation.CLUSTERING) > 0);
        }
    }

    /** Label propagation is left out: JGraphT's is randomised and asynchronous, GLI's is not. */
    @Test
    void glisBackendsAgreeWithJGraphT() {
        for (var byGraph : RESULTS.entrySet()) {
            Map<Operation, Object> jgrapht = byGraph.getValue().get(Subjects.JGRAPHT);
            for (String backend : Subjects.backends()) {
                Map<Operation, Object> gli = byGraph.getValue().get(backend);
                for (Operation operation : gli.keySet()) {
                    Operation oneThread =
                            ReportTables.ALL_CORES.entrySet().stream()
                                    .filter(e -> e.getValue() == operation)
                                    .map(Map.Entry::getKey)
                                    .findFirst()
                                    .orElse(operation);
                    if (oneThread == Operation.LABEL_PROPAGATION
                            || !jgrapht.containsKey(oneThread)) {
                        continue;
                    }
                    assertAgree(
                            jgrapht.get(oneThread),
                            gli.get(operation),
                            byGraph.getKey() + " " + backend + " " + operation);
                }
            }
        }
    }

    @Test
    void glisBackendsAgreeWithEachOtherExactly() {
        for (var byGraph : RESULTS.entrySet()) {
            List<String> backends = Subjects.backends();
            Map<Operation, Object> first = byGraph.getValue().get(backends.get(0));
            for (String backend : backends) {
                Map<Operation, Object> other = byGraph.getValue().get(backend);
                for (Operation operation : first.keySet()) {
                    if (operation.method.startsWith("snapshot")) {
                        continue;
                    }
                    assertEquals(
                            first.get(operation),
                            other.get(operation),
                            byGraph.getKey() + " " + backend + " " + operation);
                }
            }
        }
    }

    private static void assertAgree(Object expected, Object actual, String what) {
        if (expected instanceof Double e) {
            double a = (Double) actual;
            assertEquals(e, a, 1e-9 * Math.max(1, Math.abs(e)), what);
        } else {
            assertEquals(((Number) expected).longValue(), ((Number) actual).longValue(), what);
        }
    }
}
