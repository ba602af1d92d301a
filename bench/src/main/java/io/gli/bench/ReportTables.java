package io.gli.bench;

import io.gli.bench.Table.Cell;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns the measurements of one run into the report's tables: the guide's two (operations, memory
 * per element) and the extra ones (growth with size, batches, batch-size tuning, read scaling).
 * Every ratio is computed here from figures of the same run.
 */
final class ReportTables {
    /** The rows measured again through a monitor, on the default backend. */
    static final List<Operation> MONITORED_OPERATIONS =
            List.of(Operation.NODE_LOOKUP, Operation.NEIGHBOR_QUERY);

    /** The rows of an algorithm table, one thread each, in order. */
    static final List<Operation> ALGORITHM_ROWS =
            List.of(
                    Operation.SNAPSHOT,
                    Operation.SNAPSHOT_WEIGHTED,
                    Operation.BFS,
                    Operation.DIJKSTRA,
                    Operation.WEAK_COMPONENTS,
                    Operation.STRONG_COMPONENTS,
                    Operation.CONNECTED_COMPONENTS,
                    Operation.PAGE_RANK,
                    Operation.CLUSTERING,
                    Operation.CORE_NUMBERS,
                    Operation.LABEL_PROPAGATION,
                    Operation.SPANNING_FOREST,
                    Operation.BETWEENNESS);

    /** The rows that run on every core too, and the operation doing so. */
    static final Map<Operation, Operation> ALL_CORES =
            Map.of(
                    Operation.PAGE_RANK, Operation.PAGE_RANK_ALL_CORES,
                    Operation.CLUSTERING, Operation.CLUSTERING_ALL_CORES,
                    Operation.BETWEENNESS, Operation.BETWEENNESS_ALL_CORES);

    /** The subject of a generated graph's edge counts. */
    static final String GENERATOR = "generator";

    /** Row keys of a generated graph's edge counts, directed and undirected. */
    static final String DIRECTED_EDGES = "DIRECTED_EDGES";

    static final String UNDIRECTED_EDGES = "UNDIRECTED_EDGES";

    /** The Loading table's rows, in order: reads, writes, then the bulk loads. */
    static final List<Operation> LOADING_ROWS =
            List.of(
                    Operation.READ_CSV,
                    Operation.READ_CSV_GZIP,
                    Operation.READ_GRAPHML,
                    Operation.READ_NODE_LINK,
                    Operation.READ_SNAPSHOT,
                    Operation.WRITE_CSV,
                    Operation.WRITE_CSV_GZIP,
                    Operation.WRITE_GRAPHML,
                    Operation.WRITE_NODE_LINK,
                    Operation.WRITE_DOT,
                    Operation.WRITE_SNAPSHOT,
                    Operation.BULK_NODES,
                    Operation.BULK_EDGES);

    /**
     * Row keys of a loading graph's node and edge counts, like {@code LOADING_EDGES@uniform/17/8}.
     */
    static final String LOADING_NODES = "LOADING_NODES";

    static final String LOADING_EDGES = "LOADING_EDGES";

    /**
     * Row key of a data file's bytes, like {@code FILE_BYTES@CSV}, of the subject {@link #FILES}.
     */
    static final String FILE_BYTES = "FILE_BYTES";

    static final String FILES = "files";

    /** Row key of the bytes a subject's write row wrote, like {@code WRITTEN_BYTES@CSV}. */
    static final String WRITTEN_BYTES = "WRITTEN_BYTES";

    /** The issue's aims for CSV and snapshot reads, in ns per edge, and over jgrapht-io. */
    static final double CSV_READ_AIM_NS = 150;

    static final double SNAPSHOT_READ_AIM_NS = 15;

    static final double PEER_SPEEDUP_AIM = 5;

    /** The snapshot loads at least this many times faster than CSV (issue 17, point 1). */
    static final double SNAPSHOT_OVER_CSV_AIM = 10;

    /** The bulk path's aims (issue 17, point 7), in elements per second. */
    static final double BULK_NODES_AIM = 5e6;

    static final double BULK_EDGES_AIM = 10e6;

    private final List<Measurement> measurements;
    private final Settings settings;
    private final List<String> backends;
    private final List<String> subjects;
    private final String baseline;
    private final String preferred;

    /**
     * @param backends GLI backends, highest priority first
     * @param peers peer libraries
     */
    ReportTables(
            List<Measurement> measurements,
            Settings settings,
            List<String> backends,
            List<String> peers) {
        this.measurements = measurements;
        this.settings = settings;
        // Columns read from the baseline up: simple first, the default backend last, then the
        // peers.
        List<String> ordered = new ArrayList<>(backends);
        java.util.Collections.reverse(ordered);
        this.backends = ordered;
        this.subjects = new ArrayList<>(ordered);
        this.subjects.addAll(peers);
        this.baseline = ordered.get(0);
        this.preferred = ordered.get(ordered.size() - 1);
    }

    List<Table> all() {
        List<Table> tables = new ArrayList<>();
        tables.add(operations());
        tables.add(memory());
        tables.add(growth());
        tables.add(batches());
        tables.add(batchSizes());
        tables.add(readScaling());
        Table monitor = monitorOverhead();
        if (!monitor.rows().isEmpty()) {
            tables.add(monitor);
        }
        Table loading = loading();
        if (!loading.rows().isEmpty()) {
            tables.add(loading);
        }
        tables.addAll(algorithms());
        return tables;
    }

    private boolean comparesBackends() {
        return !baseline.equals(preferred);
    }

    private String speedupHeader() {
        return comparesBackends() ? "Speedup (" + preferred + " vs " + baseline + ")" : "Speedup";
    }

    private String ratioNote() {
        return comparesBackends()
                ? "Speedups and improvements are "
                        + baseline
                        + " / "
                        + preferred
                        + ", from figures of this run."
                : "Only one GLI backend is on the class path, so there is no speedup to report yet.";
    }

    private Measurement find(String row, String subject, int nodes) {
        for (Measurement m : measurements) {
            if (m.row().equals(row) && m.subject().equals(subject) && m.size() == nodes) {
                return m;
            }
        }
        return null;
    }

    private double nanos(Operation operation, String subject, int nodes) {
        Measurement m = find(operation.name(), subject, nodes);
        return m == null ? Double.NaN : m.nanos();
    }

    private Cell timeCell(Operation operation, String subject, int nodes) {
        Measurement m = find(operation.name(), subject, nodes);
        if (m == null) {
            return Cell.text(operation.backendsOnly && !backends.contains(subject) ? "n/a" : "—");
        }
        return new Cell(Format.nanos(m.nanos(), m.errorNanos()), m.nanos());
    }

    private List<Integer> subjectColumns(int first) {
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            columns.add(first + i);
        }
        return columns;
    }

    /** The guide's first table: operation, one column per subject, speedup, notes. */
    Table operations() {
        int n = settings.tableNodes();
        List<String> header = new ArrayList<>();
        header.add("Operation");
        header.addAll(subjects);
        header.add(speedupHeader());
        header.add("Notes");
        List<List<Cell>> rows = new ArrayList<>();
        for (Operation operation :
                List.of(
                        Operation.NODE_CREATION,
                        Operation.NODE_CREATION_BATCH,
                        Operation.NODE_CREATION_PRESIZED,
                        Operation.EDGE_CREATION,
                        Operation.NODE_LOOKUP,
                        Operation.NEIGHBOR_QUERY,
                        Operation.ATTRIBUTE_ACCESS,
                        Operation.ITERATION,
                        Operation.COLUMN_SUM)) {
            if (measurements.stream()
                    .noneMatch(m -> m.row().equals(operation.name()) && m.size() == n)) {
                continue;
            }
            List<Cell> row = new ArrayList<>();
            row.add(
                    Cell.text(
                            operation.sized
                                    ? operation.label + " (" + Format.count(n) + ")"
                                    : operation.label));
            for (String subject : subjects) {
                row.add(timeCell(operation, subject, n));
            }
            row.add(ratioCell(nanos(operation, baseline, n), nanos(operation, preferred, n), ""));
            row.add(Cell.text(operation.notes));
            rows.add(row);
        }
        return new Table(
                "Performance, " + Format.count(n) + "-node graphs",
                header,
                rows,
                subjectColumns(1),
                false,
                ratioNote()
                        + " Point queries run on a graph of "
                        + Format.count(n)
                        + " nodes (with "
                        + Format.count(n)
                        + " random edges for the neighbor query); ± is JMH's 99.9% confidence"
                        + " half-width, shown where there were enough samples.");
    }

    private Cell ratioCell(double base, double other, String suffix) {
        if (!comparesBackends()) {
            return Cell.text("—");
        }
        double ratio = base / other;
        return new Cell(Format.ratio(ratio) + suffix, ratio);
    }

    /** The guide's second table: bytes per element. */
    Table memory() {
        List<String> header = new ArrayList<>();
        header.add("Memory per element");
        header.addAll(subjects);
        header.add("Improvement");
        header.add("Notes");
        List<List<Cell>> rows = new ArrayList<>();
        int n = settings.memoryElements();
        for (MemoryProbe.Row memoryRow : MemoryProbe.Row.values()) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(memoryRow.label));
            for (String subject : subjects) {
                Measurement m = find(memoryRow.name(), subject, n);
                row.add(m == null ? Cell.text("—") : new Cell(Format.bytes(m.value()), m.value()));
            }
            Measurement base = find(memoryRow.name(), baseline, n);
            Measurement best = find(memoryRow.name(), preferred, n);
            row.add(
                    base == null || best == null
                            ? Cell.text("—")
                            : ratioCell(base.value(), best.value(), " less"));
            row.add(Cell.text(memoryNote(memoryRow)));
            rows.add(row);
        }
        return new Table(
                "Memory per element",
                header,
                rows,
                subjectColumns(1),
                false,
                "Retained bytes (JOL object sizes) of a structure holding N = "
                        + Format.count(n)
                        + " elements minus the same structure without them, divided by N; IDs, attribute values and "
                        + "indexes all count. "
                        + ratioNote());
    }

    private static String memoryNote(MemoryProbe.Row row) {
        return switch (row) {
            case EMPTY_NODE -> "ID node_<i>, no attributes";
            case NODE_5_ATTRIBUTES ->
                    "integer, float, boolean, 2 strings from a small vocabulary; values vary";
            case SIMPLE_EDGE -> "random pairs, no attributes";
            case EDGE_3_ATTRIBUTES -> "float, string from a vocabulary, integer; values vary";
            case SHARED_ATTRIBUTE_SET ->
                    MemoryProbe.SHARED_NODES
                            + " nodes, each given an equal {type, status, level}; compare with the empty node";
        };
    }

    /** How each cost grows with the graph. */
    Table growth() {
        TreeSet<Integer> sizes = new TreeSet<>(settings.growthNodes());
        sizes.add(settings.tableNodes());
        List<String> header = new ArrayList<>();
        header.add("Operation");
        header.addAll(subjects);
        header.add(speedupHeader());
        List<List<Cell>> rows = new ArrayList<>();
        for (Operation operation :
                List.of(Operation.NODE_CREATION, Operation.NODE_LOOKUP, Operation.ITERATION)) {
            for (int n : sizes) {
                List<Cell> row = new ArrayList<>();
                row.add(Cell.text(operation.label + " (" + Format.count(n) + ")"));
                for (String subject : subjects) {
                    Measurement m = find(operation.name(), subject, n);
                    if (m == null) {
                        row.add(Cell.text("—"));
                    } else if (operation.sized) {
                        row.add(
                                new Cell(
                                        Format.nanos(m.nanos())
                                                + " ("
                                                + Format.nanos(m.nanos() / n)
                                                + "/node)",
                                        m.nanos() / n));
                    } else {
                        row.add(new Cell(Format.nanos(m.nanos()), m.nanos()));
                    }
                }
                row.add(
                        ratioCell(
                                nanos(operation, baseline, n), nanos(operation, preferred, n), ""));
                rows.add(row);
            }
        }
        return new Table(
                "Growth with size",
                header,
                rows,
                subjectColumns(1),
                false,
                "Creation and iteration show the total and the cost per node; a flat cost per node is linear growth. "
                        + "Lookups run on a graph of that many nodes.");
    }

    /** Batches against one call per node, for each GLI backend. */
    Table batches() {
        TreeSet<Integer> sizes = new TreeSet<>(settings.growthNodes());
        sizes.add(settings.tableNodes());
        List<String> header = new ArrayList<>();
        header.add("Nodes");
        List<Integer> chart = new ArrayList<>();
        for (String backend : backends) {
            chart.add(header.size());
            header.add(backend + ": one at a time");
            chart.add(header.size());
            header.add(backend + ": one batch");
            header.add(backend + ": batch speedup");
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (int n : sizes) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(Format.count(n)));
            for (String backend : backends) {
                double single = nanos(Operation.NODE_CREATION, backend, n);
                double batch = nanos(Operation.NODE_CREATION_BATCH, backend, n);
                row.add(new Cell(Format.nanos(single), single));
                row.add(new Cell(Format.nanos(batch), batch));
                row.add(new Cell(Format.ratio(single / batch), single / batch));
            }
            rows.add(row);
        }
        return new Table(
                "Batch vs one at a time (node creation)",
                header,
                rows,
                chart,
                false,
                "A batch is validated as a whole and applied atomically under one write lock.");
    }

    /** The guide's find_optimal_batch_size, for each GLI backend. */
    Table batchSizes() {
        List<String> header = new ArrayList<>();
        header.add("Batch size");
        header.addAll(backends);
        List<List<Cell>> rows = new ArrayList<>();
        List<String> best = new ArrayList<>();
        for (String backend : backends) {
            int bestSize = -1;
            double bestTime = Double.MAX_VALUE;
            for (int size : Report.BATCH_SIZES) {
                double t = nanos(Operation.BATCH_SIZE, backend, size);
                if (t < bestTime) {
                    bestTime = t;
                    bestSize = size;
                }
            }
            best.add(backend + ": " + bestSize);
        }
        for (int size : Report.BATCH_SIZES) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(String.format("%,d", size)));
            for (String backend : backends) {
                double t = nanos(Operation.BATCH_SIZE, backend, size);
                row.add(new Cell(Format.nanos(t), t));
            }
            rows.add(row);
        }
        List<Integer> chart = new ArrayList<>();
        for (int i = 0; i < backends.size(); i++) {
            chart.add(1 + i);
        }
        return new Table(
                "Batch-size tuning (" + Format.count(BatchBenchmark.TUNING_NODES) + " nodes)",
                header,
                rows,
                chart,
                false,
                "Time to add all nodes in batches of each size. Fastest: "
                        + String.join(", ", best)
                        + ".");
    }

    /** Read throughput from one thread and from two. */
    Table readScaling() {
        List<String> header = List.of("Subject", "1 thread", "2 threads", "Scaling");
        List<List<Cell>> rows = new ArrayList<>();
        int n = Report.readScalingNodes(settings);
        for (String subject : subjects) {
            Measurement one = find(Operation.READS_ONE_THREAD.name(), subject, n);
            Measurement two = find(Operation.READS_TWO_THREADS.name(), subject, n);
            if (one == null || two == null) {
                continue;
            }
            rows.add(
                    List.of(
                            Cell.text(subject),
                            new Cell(Format.throughput(one.value()), one.value()),
                            new Cell(Format.throughput(two.value()), two.value()),
                            new Cell(
                                    Format.ratio(two.value() / one.value()),
                                    two.value() / one.value())));
        }
        return new Table(
                "Reads from 1 and 2 threads (" + Format.count(n) + " nodes)",
                header,
                rows,
                List.of(1, 2),
                true,
                "Each call is one lookup and one attribute read of a random node; throughput summed over threads, "
                        + "higher is better. The peers are read without a writer, which is all they allow.");
    }

    /** The default backend's point queries with and without a GraphMonitor around the graph. */
    Table monitorOverhead() {
        int n = settings.tableNodes();
        String monitored = Subjects.monitored(preferred);
        List<String> header =
                List.of(
                        "Operation",
                        preferred,
                        preferred + " + monitor",
                        "Overhead per call",
                        "Notes");
        List<List<Cell>> rows = new ArrayList<>();
        for (Operation operation : MONITORED_OPERATIONS) {
            Measurement plain = find(operation.name(), preferred, n);
            Measurement watched = find(operation.name(), monitored, n);
            if (plain == null || watched == null) {
                continue;
            }
            double overhead = watched.nanos() - plain.nanos();
            rows.add(
                    List.of(
                            Cell.text(operation.label),
                            new Cell(
                                    Format.nanos(plain.nanos(), plain.errorNanos()), plain.nanos()),
                            new Cell(
                                    Format.nanos(watched.nanos(), watched.errorNanos()),
                                    watched.nanos()),
                            new Cell(
                                    (overhead >= 0 ? "+" : "")
                                            + Format.nanos(overhead)
                                            + " ("
                                            + Format.ratio(watched.nanos() / plain.nanos())
                                            + ")",
                                    overhead),
                            Cell.text(operation.notes)));
        }
        return new Table(
                "Monitor overhead (" + Format.count(n) + " nodes)",
                header,
                rows,
                List.of(1, 2),
                false,
                "The same benchmark on the same backend, the graph wrapped in a GraphMonitor with its defaults "
                        + "(two clock reads and a histogram update per call); run in separate forks, so an overhead "
                        + "within the ± of the two figures is noise.");
    }

    /** One algorithm table per generated graph of the settings. */
    List<Table> algorithms() {
        List<Table> tables = new ArrayList<>();
        for (GraphSpec graph : settings.algorithmGraphs()) {
            tables.add(algorithms(graph));
        }
        return tables;
    }

    /**
     * Whole algorithms on one generated graph: a row per algorithm, a column per subject (time and
     * ns per edge), the speedup of the default backend over JGraphT, and each backend again on
     * every core for the rows that take a thread count.
     */
    Table algorithms(GraphSpec graph) {
        int cores = Runtime.getRuntime().availableProcessors();
        String shape = "@" + graph.shape().label();
        Measurement directed = find(DIRECTED_EDGES + shape, GENERATOR, graph.nodes());
        Measurement undirected = find(UNDIRECTED_EDGES + shape, GENERATOR, graph.nodes());
        List<String> columns = new ArrayList<>(backends);
        columns.add(Subjects.JGRAPHT);
        List<String> header = new ArrayList<>();
        header.add("Algorithm");
        header.addAll(columns);
        header.add("Speedup (" + preferred + " vs " + Subjects.JGRAPHT + ")");
        for (String backend : backends) {
            header.add(backend + ", " + cores + " cores");
        }
        header.add("Notes");
        List<List<Cell>> rows = new ArrayList<>();
        for (Operation operation : ALGORITHM_ROWS) {
            boolean isDirected = AlgorithmBenchmark.formOf(operation.method).directed;
            Measurement edges = isDirected ? directed : undirected;
            double edgeCount = edges == null ? Double.NaN : edges.value();
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(operation.label));
            for (String subject : columns) {
                row.add(algorithmCell(operation, subject, graph, edgeCount));
            }
            Measurement best = find(Job.row(operation, graph), preferred, graph.nodes());
            Measurement peer = find(Job.row(operation, graph), Subjects.JGRAPHT, graph.nodes());
            row.add(
                    best == null || peer == null
                            ? Cell.text("—")
                            : new Cell(
                                    Format.ratio(peer.nanos() / best.nanos()),
                                    peer.nanos() / best.nanos()));
            Operation parallel = ALL_CORES.get(operation);
            for (String backend : backends) {
                row.add(
                        parallel == null
                                ? Cell.text("")
                                : algorithmCell(parallel, backend, graph, edgeCount));
            }
            row.add(Cell.text(operation.notes));
            rows.add(row);
        }
        List<Integer> chart = new ArrayList<>();
        for (int i = 1; i < header.size() - 1; i++) {
            if (i != columns.size() + 1) {
                chart.add(i);
            }
        }
        return new Table(
                "Algorithms, "
                        + graph.shape().label()
                        + " graph ("
                        + String.format(Locale.ROOT, "%,d", graph.nodes())
                        + " nodes, "
                        + (directed == null
                                ? "?"
                                : String.format(Locale.ROOT, "%,.0f", directed.value()))
                        + " edges)",
                header,
                rows,
                chart,
                false,
                graphNote(graph, directed, undirected)
                        + " One thread, except the columns on "
                        + cores
                        + " cores; ns per edge divides by the edges of the graph the row runs on."
                        + " GLI's rows run on a snapshot taken outside the measurement; the"
                        + " snapshot rows are what taking it costs. The speedup is "
                        + Subjects.JGRAPHT
                        + " / "
                        + preferred
                        + ", one thread, from figures of this run.");
    }

    private static String graphNote(GraphSpec graph, Measurement directed, Measurement undirected) {
        String drawn =
                graph.shape() == GraphSpec.Shape.RMAT
                        ? "RMAT edges (A = "
                                + GeneratedGraph.A
                                + ", B = C = "
                                + GeneratedGraph.B
                                + ", as the GAP suite's Kronecker generator, nodes renamed at"
                                + " random)"
                        : "uniformly random edges";
        return String.format(
                Locale.ROOT,
                "Seeded %s: 2^%d = %,d nodes, %,d edges drawn; with self-loops and duplicates"
                        + " dropped, %s directed edges remain, %s undirected ones (pairs joined in"
                        + " either direction).",
                drawn,
                graph.scale(),
                graph.nodes(),
                graph.generatedEdges(),
                directed == null ? "?" : String.format(Locale.ROOT, "%,.0f", directed.value()),
                undirected == null ? "?" : String.format(Locale.ROOT, "%,.0f", undirected.value()));
    }

    private Cell algorithmCell(Operation operation, String subject, GraphSpec graph, double edges) {
        Measurement m = find(Job.row(operation, graph), subject, graph.nodes());
        if (m != null) {
            double perEdge = m.nanos() / edges;
            return new Cell(
                    Format.nanos(m.nanos(), m.errorNanos())
                            + " ("
                            + Format.nanos(perEdge)
                            + "/edge)",
                    perEdge);
        }
        if (Subjects.JGRAPHT.equals(subject)) {
            String reason = JGraphTAlgorithmSubject.NOT_RUN.get(operation);
            if (operation.backendsOnly) {
                return Cell.text("n/a");
            }
            return Cell.text(reason == null ? "—" : "n/a (" + reason + ")");
        }
        return Cell.text(
                GliAlgorithmSubject.NOT_BUILT.contains(operation)
                        ? "n/a (" + GliAlgorithmSubject.NOT_BUILT_REASON + ")"
                        : "—");
    }

    /**
     * Files read and written, and bulk loads: a row per format and direction, a column per subject
     * (the time of one whole file, its ns per edge and MB/s of the file's bytes; for the bulk rows
     * elements per second), the speedup of the default backend over jgrapht-io, and the issue's
     * aims, met or missed. Rows with no figure and no planned subject are left out.
     */
    Table loading() {
        List<String> columns = new ArrayList<>(backends);
        columns.add(Subjects.JGRAPHT);
        List<String> header = new ArrayList<>();
        header.add("Loading");
        header.addAll(columns);
        header.add("Speedup (" + preferred + " vs " + Subjects.JGRAPHT + ")");
        header.add("Aim (issue 17)");
        header.add("Notes");
        List<List<Cell>> rows = new ArrayList<>();
        GraphSpec large = settings.loadingGraph();
        GraphSpec markup = settings.markupGraph();
        for (Operation operation : LOADING_ROWS) {
            LoadingFormat format = LoadingFormat.of(operation);
            GraphSpec graph = format == null ? large : format.graph(settings);
            boolean nodeRow = operation == Operation.BULK_NODES;
            double count = count(nodeRow ? LOADING_NODES : LOADING_EDGES, graph);
            if (Double.isNaN(count)) {
                continue;
            }
            List<Cell> row = new ArrayList<>();
            row.add(
                    Cell.text(
                            operation.label
                                    + " ("
                                    + millions(count)
                                    + (nodeRow ? " nodes)" : " edges)")));
            for (String subject : columns) {
                row.add(loadingCell(operation, format, subject, graph, count, nodeRow));
            }
            Measurement best = find(Job.row(operation, graph), preferred, graph.nodes());
            Measurement peer = find(Job.row(operation, graph), Subjects.JGRAPHT, graph.nodes());
            row.add(
                    best == null || peer == null
                            ? Cell.text(operation.backendsOnly ? "n/a" : "—")
                            : new Cell(
                                    Format.ratio(peer.nanos() / best.nanos()),
                                    peer.nanos() / best.nanos()));
            row.add(Cell.text(aim(operation, best, peer, count)));
            row.add(Cell.text(operation.notes));
            rows.add(row);
        }
        return new Table(
                "Loading",
                header,
                rows,
                subjectColumns(1).subList(0, columns.size()),
                false,
                loadingNote(large, markup));
    }

    private double count(String row, GraphSpec graph) {
        Measurement m = find(row + "@" + graph, GENERATOR, graph.nodes());
        return m == null ? Double.NaN : m.value();
    }

    private static String millions(double count) {
        return count >= 1e6
                ? String.format(Locale.ROOT, "%.2fM", count / 1e6)
                : String.format(Locale.ROOT, "%,.0f", count);
    }

    private Cell loadingCell(
            Operation operation,
            LoadingFormat format,
            String subject,
            GraphSpec graph,
            double count,
            boolean nodeRow) {
        boolean peer = Subjects.JGRAPHT.equals(subject);
        Measurement m = find(Job.row(operation, graph), subject, graph.nodes());
        if (m == null) {
            if (peer && operation.backendsOnly) {
                return Cell.text("n/a");
            }
            boolean noFile =
                    peer
                            && format != null
                            && operation == format.read
                            && !LoadingFiles.written(format);
            return Cell.text(
                    (!peer && GliLoadingSubject.NOT_BUILT.contains(operation)) || noFile
                            ? "n/a (" + GliLoadingSubject.NOT_BUILT_REASON + ")"
                            : "—");
        }
        double perElement = m.nanos() / count;
        StringBuilder text =
                new StringBuilder(Format.nanos(m.nanos(), m.errorNanos())).append(" (");
        if (format == null) {
            text.append(millions(count * 1e9 / m.nanos()))
                    .append(nodeRow ? " nodes/s" : " edges/s");
        } else {
            text.append(Format.nanos(perElement)).append("/edge");
            Measurement bytes =
                    operation == format.read
                            ? find(FILE_BYTES + "@" + format.name(), FILES, graph.nodes())
                            : find(WRITTEN_BYTES + "@" + format.name(), subject, graph.nodes());
            if (bytes != null) {
                text.append(", ")
                        .append(
                                String.format(
                                        Locale.ROOT, "%.0f MB/s", bytes.value() * 1e3 / m.nanos()));
            }
        }
        return new Cell(text.append(')').toString(), perElement);
    }

    /** The issue's aims for a row, each said met or missed on the default backend's figure. */
    private String aim(Operation operation, Measurement best, Measurement peer, double count) {
        List<String> aims = new ArrayList<>();
        double perElement = best == null ? Double.NaN : best.nanos() / count;
        switch (operation) {
            case READ_CSV -> aims.add(perEdgeAim(CSV_READ_AIM_NS, perElement));
            case READ_SNAPSHOT -> {
                aims.add(perEdgeAim(SNAPSHOT_READ_AIM_NS, perElement));
                Measurement csv =
                        find(
                                Job.row(Operation.READ_CSV, settings.loadingGraph()),
                                preferred,
                                settings.loadingGraph().nodes());
                aims.add(
                        "≥ "
                                + Format.ratio(SNAPSHOT_OVER_CSV_AIM)
                                + " CSV read"
                                + verdict(
                                        csv == null || best == null
                                                ? Double.NaN
                                                : csv.nanos() / best.nanos(),
                                        SNAPSHOT_OVER_CSV_AIM));
            }
            case BULK_NODES -> aims.add(rateAim(BULK_NODES_AIM, "nodes/s", perElement));
            case BULK_EDGES -> aims.add(rateAim(BULK_EDGES_AIM, "edges/s", perElement));
            default -> {}
        }
        if (operation == Operation.READ_CSV
                || operation == Operation.READ_CSV_GZIP
                || operation == Operation.READ_GRAPHML
                || operation == Operation.READ_NODE_LINK) {
            aims.add(
                    "≥ "
                            + Format.ratio(PEER_SPEEDUP_AIM)
                            + " "
                            + Subjects.JGRAPHT
                            + verdict(
                                    best == null || peer == null
                                            ? Double.NaN
                                            : peer.nanos() / best.nanos(),
                                    PEER_SPEEDUP_AIM));
        }
        return String.join("; ", aims);
    }

    private static String perEdgeAim(double aimNs, double perEdge) {
        return "≤ "
                + Format.nanos(aimNs)
                + "/edge"
                + verdict(Double.isNaN(perEdge) ? Double.NaN : aimNs / perEdge, 1);
    }

    private static String rateAim(double aim, String unit, double perElement) {
        return "≥ "
                + millions(aim)
                + " "
                + unit
                + verdict(Double.isNaN(perElement) ? Double.NaN : 1e9 / perElement / aim, 1);
    }

    /** ": met" if {@code achieved} reaches {@code aim}, ": missed" if not, nothing if unknown. */
    private static String verdict(double achieved, double aim) {
        if (Double.isNaN(achieved)) {
            return "";
        }
        return achieved >= aim ? ": met" : ": missed";
    }

    private String loadingNote(GraphSpec large, GraphSpec markup) {
        double nodes = count(LOADING_NODES, large);
        double edges = count(LOADING_EDGES, large);
        double markupNodes = count(LOADING_NODES, markup);
        double markupEdges = count(LOADING_EDGES, markup);
        return String.format(
                        Locale.ROOT,
                        "Files of a seeded uniform graph, directed, each edge with a double"
                                + " \"%s\" of three decimals: %,.0f nodes and %,.0f edges for the"
                                + " edge lists, the snapshot and the bulk rows; %,.0f nodes and"
                                + " %,.0f edges for GraphML, node-link JSON and DOT. Nodes are"
                                + " named by decimal integers, edges sorted by source, as SNAP's"
                                + " files are. Each file is written once per run by GLI's own"
                                + " writer and read by every subject. ",
                        LoadingData.WEIGHT,
                        nodes,
                        edges,
                        markupNodes,
                        markupEdges)
                + "A shot reads a whole file into a new graph (GLI: a directed graph on the"
                + " backend, no size hints; JGraphT: DefaultDirectedWeightedGraph of String"
                + " vertices, the weight as the edge weight), or writes the graph built in"
                + " setup; MB/s is the file's bytes (compressed for gzip) over the time. The"
                + " bulk rows are one Graph.addNodes and one Graph.addEdges call from lists in"
                + " memory. The speedup is "
                + Subjects.JGRAPHT
                + " / "
                + preferred
                + ", from figures of this run; the aims are issue 17's (the bulk aims are stated"
                + " there at 10M nodes and 50M edges).";
    }
}
