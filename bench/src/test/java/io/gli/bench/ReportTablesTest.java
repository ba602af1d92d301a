package io.gli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ratios come from the figures of the run, baseline over preferred, and missing figures show as
 * such.
 */
class ReportTablesTest {
    private final Settings settings = Settings.QUICK;
    private final List<String> backends = List.of("fast", "plain"); // highest priority first
    private final List<String> peers = List.of("Peer");

    private List<Measurement> figures() {
        int n = settings.tableNodes();
        List<Measurement> m = new ArrayList<>();
        m.add(new Measurement(Operation.NODE_LOOKUP.name(), "plain", n, 120, 2, "ns/op"));
        m.add(new Measurement(Operation.NODE_LOOKUP.name(), "fast", n, 40, 1, "ns/op"));
        m.add(new Measurement(Operation.NODE_LOOKUP.name(), "Peer", n, 60, Double.NaN, "ns/op"));
        m.add(new Measurement(Operation.NODE_CREATION.name(), "plain", n, 3000, 100, "ms/op"));
        m.add(new Measurement(Operation.NODE_CREATION.name(), "fast", n, 500, 10, "ms/op"));
        m.add(
                new Measurement(
                        MemoryProbe.Row.EMPTY_NODE.name(),
                        "plain",
                        settings.memoryElements(),
                        300,
                        Double.NaN,
                        "B"));
        m.add(
                new Measurement(
                        MemoryProbe.Row.EMPTY_NODE.name(),
                        "fast",
                        settings.memoryElements(),
                        25,
                        Double.NaN,
                        "B"));
        return m;
    }

    @Test
    void operationsTableHasSubjectsBaselineFirstAndMeasuredSpeedups() {
        Table table = new ReportTables(figures(), settings, backends, peers).operations();
        assertEquals(
                List.of("Operation", "plain", "fast", "Peer", "Speedup (fast vs plain)", "Notes"),
                table.header());
        List<String> lookup =
                table.rows().stream()
                        .filter(r -> r.get(0).text().equals("Node lookup"))
                        .findFirst()
                        .orElseThrow()
                        .stream()
                        .map(Table.Cell::text)
                        .toList();
        assertEquals("120.0 ns ± 2.0 ns", lookup.get(1));
        assertEquals("40.0 ns ± 1.0 ns", lookup.get(2));
        assertEquals("60.0 ns", lookup.get(3));
        assertEquals("3.0x", lookup.get(4));
        List<String> creation = table.rows().get(0).stream().map(Table.Cell::text).toList();
        assertEquals("Node creation (1M)", creation.get(0));
        assertEquals("6.0x", creation.get(4));
        // Rows with no figure at all are left out rather than printed empty.
        assertTrue(table.rows().stream().noneMatch(r -> r.get(0).text().startsWith("Iteration")));
    }

    @Test
    void memoryTableReportsImprovementAsLess() {
        Table table = new ReportTables(figures(), settings, backends, peers).memory();
        List<String> empty = table.rows().get(0).stream().map(Table.Cell::text).toList();
        assertEquals(
                List.of("Empty node", "300.0 B", "25.0 B", "—", "12.0x less"), empty.subList(0, 5));
    }

    @Test
    void withOneBackendThereIsNoSpeedupToClaim() {
        Table table = new ReportTables(figures(), settings, List.of("plain"), peers).operations();
        assertEquals("Speedup", table.header().get(3));
        assertTrue(table.note().contains("no speedup"));
        table.rows().forEach(row -> assertEquals("—", row.get(3).text()));
    }

    @Test
    void writersProduceEveryFormat() {
        List<Table> tables = new ReportTables(figures(), settings, backends, peers).all();
        ReportWriter writer = new ReportWriter("t", java.util.Map.of("JVM", "x"), tables);
        assertTrue(
                writer.markdown()
                        .contains(
                                "| Node lookup | 120.0 ns ± 2.0 ns | 40.0 ns ± 1.0 ns | 60.0 ns | 3.0x |"));
        assertTrue(writer.html().contains("<svg") && writer.html().contains("Node lookup"));
        assertTrue(
                ReportWriter.csv(figures())
                        .contains("NODE_LOOKUP,fast,1000000,40.0000,1.00000,ns/op"));
        assertTrue(writer.json(figures()).contains("\"unit\": \"B\""));
    }

    @Test
    void monitorOverheadIsTheMonitoredFigureMinusThePlainOneOfTheDefaultBackend() {
        int n = settings.tableNodes();
        List<Measurement> m = figures();
        m.add(
                new Measurement(
                        Operation.NODE_LOOKUP.name(),
                        Subjects.monitored("fast"),
                        n,
                        75,
                        3,
                        "ns/op"));
        Table table = new ReportTables(m, settings, backends, peers).monitorOverhead();
        assertEquals(
                List.of("Operation", "fast", "fast + monitor", "Overhead per call", "Notes"),
                table.header());
        assertEquals(
                1, table.rows().size(), "the neighbor query has no monitored figure, so no row");
        List<String> lookup = table.rows().get(0).stream().map(Table.Cell::text).toList();
        assertEquals(
                List.of("Node lookup", "40.0 ns ± 1.0 ns", "75.0 ns ± 3.0 ns", "+35.0 ns (1.9x)"),
                lookup.subList(0, 4));
        assertTrue(new ReportTables(m, settings, backends, peers).all().contains(table));
        assertTrue(
                new ReportTables(figures(), settings, backends, peers)
                        .all().stream().noneMatch(t -> t.title().startsWith("Monitor")),
                "no monitored figures, no table");
    }

    @Test
    void theReportPlansTheMonitoredQueriesOnTheDefaultBackend() {
        List<Job> monitored =
                Report.plan(settings, backends, List.of("fast", "plain", "Peer")).stream()
                        .filter(j -> j.subject().startsWith(Subjects.MONITORED))
                        .toList();
        assertEquals(
                List.of(
                        new Job(Operation.NODE_LOOKUP, "monitored:fast", settings.tableNodes()),
                        new Job(Operation.NEIGHBOR_QUERY, "monitored:fast", settings.tableNodes())),
                monitored);
    }

    @Test
    void algorithmTableGivesTimePerEdgeTheSpeedupOverJGraphTAndWhyACellIsEmpty() {
        GraphSpec graph = settings.algorithmGraphs().get(0);
        int n = graph.nodes();
        List<Measurement> m = new ArrayList<>();
        m.add(new Measurement("DIRECTED_EDGES@rmat", ReportTables.GENERATOR, n, 1e6, 0, "edges"));
        m.add(new Measurement("UNDIRECTED_EDGES@rmat", ReportTables.GENERATOR, n, 5e5, 0, "edges"));
        m.add(new Measurement("BFS@rmat", "plain", n, 40, 1, "ms/op"));
        m.add(new Measurement("BFS@rmat", "fast", n, 20, Double.NaN, "ms/op"));
        m.add(new Measurement("BFS@rmat", Subjects.JGRAPHT, n, 1000, Double.NaN, "ms/op"));
        m.add(new Measurement("CORE_NUMBERS@rmat", "fast", n, 10, Double.NaN, "ms/op"));
        m.add(new Measurement("PAGE_RANK_ALL_CORES@rmat", "fast", n, 30, Double.NaN, "ms/op"));
        List<Table> tables = new ReportTables(m, settings, backends, peers).algorithms();
        assertEquals(settings.algorithmGraphs().size(), tables.size());
        Table table = tables.get(0);
        int cores = Runtime.getRuntime().availableProcessors();
        assertEquals(
                List.of(
                        "Algorithm",
                        "plain",
                        "fast",
                        "JGraphT",
                        "Speedup (fast vs JGraphT)",
                        "plain, " + cores + " cores",
                        "fast, " + cores + " cores",
                        "Notes"),
                table.header());
        assertTrue(table.title().contains("65,536 nodes, 1,000,000 edges"), table.title());
        assertTrue(table.note().contains("524,288 edges drawn"), table.note());
        assertEquals(List.of(1, 2, 3, 5, 6), table.chartColumns());
        List<String> bfs = row(table, "BFS");
        assertEquals(
                List.of("BFS", "40.0 ms ± 1.0 ms (40.0 ns/edge)", "20.0 ms (20.0 ns/edge)"),
                bfs.subList(0, 3));
        assertEquals("1.00 s (1.00 μs/edge)", bfs.get(3));
        assertEquals("50.0x", bfs.get(4));
        assertEquals(List.of("", ""), bfs.subList(5, 7), "BFS has no thread count");
        // k-core runs on the undirected graph: per edge of that graph.
        assertEquals("10.0 ms (20.0 ns/edge)", row(table, "k-core (core numbers)").get(2));
        List<String> pageRank = row(table, "PageRank");
        assertEquals("30.0 ms (30.0 ns/edge)", pageRank.get(6));
        assertEquals("—", pageRank.get(3), "a planned figure that is missing failed");
        assertEquals("n/a", row(table, "Snapshot, topology()").get(3));
        assertTrue(row(table, "Betweenness").get(3).startsWith("n/a ("));
    }

    @Test
    void loadingTableGivesNsPerEdgeMegabytesPerSecondTheSpeedupAndTheAims() {
        GraphSpec large = settings.loadingGraph();
        GraphSpec markup = new GraphSpec(GraphSpec.Shape.UNIFORM, 12, 8);
        Settings split =
                new Settings(
                        settings.name(),
                        settings.forks(),
                        settings.warmupIterations(),
                        settings.warmupShots(),
                        settings.measurementIterations(),
                        settings.warmupMillis(),
                        settings.iterationMillis(),
                        settings.tableNodes(),
                        settings.growthNodes(),
                        settings.memoryElements(),
                        settings.forkHeap(),
                        settings.largeHeap(),
                        settings.algorithmGraphs(),
                        large,
                        markup);
        int n = large.nodes();
        String gen = ReportTables.GENERATOR;
        List<Measurement> m = new ArrayList<>();
        m.add(new Measurement("LOADING_NODES@" + large, gen, n, 1e6, Double.NaN, ""));
        m.add(new Measurement("LOADING_EDGES@" + large, gen, n, 1e7, Double.NaN, ""));
        m.add(new Measurement("LOADING_NODES@" + markup, gen, markup.nodes(), 4e3, 0, ""));
        m.add(new Measurement("LOADING_EDGES@" + markup, gen, markup.nodes(), 3e4, 0, ""));
        m.add(new Measurement("FILE_BYTES@CSV", ReportTables.FILES, n, 2e8, Double.NaN, "B"));
        m.add(new Measurement("READ_CSV@uniform", "plain", n, 3000, Double.NaN, "ms/op"));
        m.add(new Measurement("READ_CSV@uniform", "fast", n, 1000, 10, "ms/op"));
        m.add(new Measurement("READ_CSV@uniform", Subjects.JGRAPHT, n, 20000, 0, "ms/op"));
        m.add(new Measurement("READ_SNAPSHOT@uniform", "fast", n, 200, Double.NaN, "ms/op"));
        m.add(new Measurement("WRITE_CSV@uniform", "fast", n, 500, Double.NaN, "ms/op"));
        m.add(new Measurement("WRITTEN_BYTES@CSV", "fast", n, 2e8, Double.NaN, "B"));
        m.add(new Measurement("BULK_NODES@uniform", "fast", n, 250, Double.NaN, "ms/op"));
        m.add(new Measurement("BULK_EDGES@uniform", "fast", n, 500, Double.NaN, "ms/op"));
        m.add(
                new Measurement(
                        "READ_GRAPHML@uniform", "fast", markup.nodes(), 3, Double.NaN, "ms/op"));
        Table table = new ReportTables(m, split, backends, peers).loading();
        assertEquals(
                List.of(
                        "Loading",
                        "plain",
                        "fast",
                        "JGraphT",
                        "Speedup (fast vs JGraphT)",
                        "Aim (issue 17)",
                        "Notes"),
                table.header());
        assertEquals(List.of(1, 2, 3), table.chartColumns());
        assertEquals(ReportTables.LOADING_ROWS.size(), table.rows().size());
        List<String> csv = row(table, "CSV read (10.00M edges)");
        assertEquals("3.00 s (300.0 ns/edge, 67 MB/s)", csv.get(1));
        assertEquals("1.00 s ± 10.0 ms (100.0 ns/edge, 200 MB/s)", csv.get(2));
        assertEquals("20.00 s (2.00 μs/edge, 10 MB/s)", csv.get(3));
        assertEquals("20.0x", csv.get(4));
        assertEquals("≤ 150.0 ns/edge: met; ≥ 5.0x JGraphT: met", csv.get(5));
        List<String> snapshot = row(table, "Snapshot read (10.00M edges)");
        assertEquals("n/a", snapshot.get(3));
        assertEquals("≤ 15.0 ns/edge: missed; ≥ 10.0x CSV read: missed", snapshot.get(5));
        assertEquals(
                "500.0 ms (50.0 ns/edge, 400 MB/s)", row(table, "CSV write (10.00M edges)").get(2));
        List<String> nodes = row(table, "Bulk addNodes (1.00M nodes)");
        assertEquals("250.0 ms (4.00M nodes/s)", nodes.get(2));
        assertEquals("≥ 5.00M nodes/s: missed", nodes.get(5));
        assertEquals("≥ 10.00M edges/s: met", row(table, "Bulk addEdges (10.00M edges)").get(5));
        // GraphML runs on the smaller graph: per edge of that graph; no file size, no MB/s.
        assertEquals("3.0 ms (100.0 ns/edge)", row(table, "GraphML read (30,000 edges)").get(2));
        assertTrue(table.note().contains("30,000 edges for GraphML"), table.note());
        assertTrue(
                new ReportTables(figures(), settings, backends, peers)
                        .all().stream().noneMatch(t -> t.title().equals("Loading")),
                "no loading figures, no table");
    }

    private static List<String> row(Table table, String label) {
        return table.rows().stream()
                .filter(r -> r.get(0).text().equals(label))
                .findFirst()
                .orElseThrow()
                .stream()
                .map(Table.Cell::text)
                .toList();
    }
}
