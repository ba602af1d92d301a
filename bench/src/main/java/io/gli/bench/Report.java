package io.gli.bench;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The report command: runs every benchmark configuration on every backend on the class path and on
 * the peer libraries, measures memory per element, and prints and writes the tables.
 *
 * <pre>
 * java -jar gli-bench.jar [--smoke | --full] [--main | --algorithms | --loading] [--out DIR]
 * </pre>
 *
 * {@code --main} runs only the main table (the guide's operations at one size, every subject) and
 * the memory table, the rows the backends' targets are stated in; the full mode's main table and
 * memory probes take about 37 minutes here, the whole full report several hours. {@code
 * --algorithms} runs only the algorithm tables, {@code --loading} only the Loading table (files
 * read and written, bulk loads).
 */
public final class Report {
    /** The guide's find_optimal_batch_size candidates. */
    static final List<Integer> BATCH_SIZES = List.of(100, 500, 1_000, 5_000, 10_000, 50_000);

    /** The young generation of every JMH fork; see {@link #forkArguments}. */
    static final String YOUNG_GENERATION = "128m";

    static final String PRE_TOUCH = "-XX:+AlwaysPreTouch";

    /** A tiny run for trying the harness itself; not a measurement. */
    static final Settings SMOKE =
            new Settings(
                    "smoke",
                    1,
                    1,
                    1,
                    1,
                    50,
                    50,
                    2_000,
                    List.of(1_000),
                    2_000,
                    "1g",
                    "1g",
                    // One graph: each algorithm row is a fork of its own, and the smoke run must
                    // stay short (the unit tests run both shapes).
                    List.of(new GraphSpec(GraphSpec.Shape.RMAT, 10, 8)),
                    new GraphSpec(GraphSpec.Shape.UNIFORM, 10, 8),
                    new GraphSpec(GraphSpec.Shape.UNIFORM, 10, 8));

    /** Which tables a report runs. */
    enum Part {
        ALL(""),
        MAIN(", main table only"),
        ALGORITHMS(", algorithms only"),
        LOADING(", loading only");

        final String title;

        Part(String title) {
            this.title = title;
        }
    }

    static final String USAGE =
            "usage: java -jar gli-bench.jar [--smoke | --full] [--main | --algorithms | --loading]"
                    + " [--out DIR]";

    private Report() {}

    /**
     * Graph size of the read-scaling rows: smaller in quick mode, where building the graph
     * dominates.
     */
    static int readScalingNodes(Settings settings) {
        return settings.equals(Settings.QUICK) ? 100_000 : settings.tableNodes();
    }

    public static void main(String[] args) throws IOException {
        Settings settings = Settings.QUICK;
        Path out = Path.of("results");
        Part part = Part.ALL;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--full" -> settings = Settings.FULL;
                case "--smoke" -> settings = SMOKE;
                case "--main" -> part = Part.MAIN;
                case "--algorithms" -> part = Part.ALGORITHMS;
                case "--loading" -> part = Part.LOADING;
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    System.err.println(USAGE);
                    System.exit(2);
                }
            }
        }
        List<String> backends = Subjects.backends();
        if (backends.isEmpty()) {
            System.err.println("No GLI backend on the class path: nothing to measure.");
            System.exit(1);
        }
        run(settings, part, backends, Subjects.PEERS, out);
    }

    static void run(
            Settings settings, Part part, List<String> backends, List<String> peers, Path out)
            throws IOException {
        List<String> all = new ArrayList<>(backends);
        all.addAll(peers);
        List<Job> jobs =
                switch (part) {
                    case ALL -> plan(settings, backends, all);
                    case MAIN -> mainTable(settings, backends, all);
                    case ALGORITHMS -> algorithmJobs(settings, backends);
                    case LOADING -> loadingJobs(settings, backends);
                };
        List<String> probed = part == Part.ALGORITHMS || part == Part.LOADING ? List.of() : all;
        Map<String, String> machine = Machine.describe(settings);
        System.out.println("GLI benchmark report, " + settings.name() + " mode" + part.title);
        machine.forEach((k, v) -> System.out.println("  " + k + ": " + v));
        System.out.println(
                "  Backends: "
                        + String.join(", ", backends)
                        + "; peers: "
                        + String.join(", ", peers));
        System.out.println(
                "  " + jobs.size() + " JMH configurations and " + probed.size() + " memory probes");
        System.out.println();

        List<Measurement> measurements = new ArrayList<>();
        if (part == Part.ALL || part == Part.ALGORITHMS) {
            measurements.addAll(graphFacts(settings));
        }
        Path loading = null;
        if (jobs.stream().anyMatch(Job::isLoading)) {
            loading = Files.createTempDirectory("gli-bench-loading");
            System.out.println("  Writing the Loading table's files to " + loading + " ...");
            measurements.addAll(loadingFacts(settings, loading));
        }
        Progress progress = new Progress(System.out, jobs.size() + probed.size());
        List<RunResult> jmhResults = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Job job : jobs) {
            progress.starting(job.describe());
            try {
                for (RunResult result : runJmh(job, settings, loading)) {
                    jmhResults.add(result);
                    Result<?> primary = result.getPrimaryResult();
                    Measurement m =
                            new Measurement(
                                    job.row(),
                                    job.subject(),
                                    job.size(),
                                    primary.getScore(),
                                    primary.getScoreError(),
                                    primary.getScoreUnit());
                    measurements.add(m);
                    progress.finished(
                            job.operation() == Operation.READS_ONE_THREAD
                                            || job.operation() == Operation.READS_TWO_THREADS
                                    ? Format.throughput(m.value())
                                    : Format.nanos(m.nanos(), m.errorNanos()));
                }
            } catch (RunnerException | RuntimeException e) {
                failures.add(job.describe() + ": " + e);
                progress.finished("FAILED (" + e.getMessage() + ")");
            }
            if (loading != null && job.isLoading()) {
                measurements.addAll(writtenBytes(job, loading));
            }
        }
        if (loading != null) {
            deleteAll(loading);
        }
        for (String subject : probed) {
            progress.starting(
                    "memory per element, " + subject + ", N=" + settings.memoryElements());
            try {
                Map<String, Double> rows = probeMemory(subject, settings);
                rows.forEach(
                        (row, bytes) ->
                                measurements.add(
                                        new Measurement(
                                                row,
                                                subject,
                                                settings.memoryElements(),
                                                bytes,
                                                Double.NaN,
                                                "B")));
                progress.finished(
                        Format.bytes(rows.get(MemoryProbe.Row.EMPTY_NODE.name()))
                                + " per empty node");
            } catch (IOException | RuntimeException e) {
                failures.add("memory " + subject + ": " + e);
                progress.finished("FAILED (" + e.getMessage() + ")");
            }
        }

        ReportTables reportTables = new ReportTables(measurements, settings, backends, peers);
        List<Table> tables =
                switch (part) {
                    case ALL -> reportTables.all();
                    case MAIN -> List.of(reportTables.operations(), reportTables.memory());
                    case ALGORITHMS -> reportTables.algorithms();
                    case LOADING -> List.of(reportTables.loading());
                };
        ReportWriter writer =
                new ReportWriter(
                        "GLI benchmark report (" + settings.name() + part.title + ")",
                        machine,
                        tables);
        System.out.println();
        System.out.println(writer.markdown());
        writer.writeAll(out, measurements, jmhResults);
        System.out.println(
                "Wrote "
                        + out.resolve("report.md")
                        + ", report.html, report.csv, report.json and jmh.json");
        if (!failures.isEmpty()) {
            System.out.println("Failed configurations (shown as — in the tables):");
            failures.forEach(f -> System.out.println("  " + f));
        }
    }

    /**
     * The main table's configurations: the guide's operations at {@code tableNodes}, in the order
     * they run.
     */
    static List<Job> mainTable(Settings settings, List<String> backends, List<String> all) {
        List<Job> jobs = new ArrayList<>();
        List<Operation> table =
                new ArrayList<>(
                        List.of(
                                Operation.NODE_CREATION,
                                Operation.NODE_CREATION_BATCH,
                                Operation.EDGE_CREATION,
                                Operation.NODE_LOOKUP,
                                Operation.NEIGHBOR_QUERY,
                                Operation.ATTRIBUTE_ACCESS,
                                Operation.ITERATION,
                                Operation.COLUMN_SUM));
        if (!settings.equals(Settings.QUICK)) {
            table.add(2, Operation.NODE_CREATION_PRESIZED);
        }
        for (Operation operation : table) {
            addJobs(
                    jobs,
                    operation,
                    operation.backendsOnly ? backends : all,
                    settings.tableNodes());
        }
        return jobs;
    }

    /** Every configuration of the report, in the order they run: the main table's first. */
    static List<Job> plan(Settings settings, List<String> backends, List<String> all) {
        List<Job> jobs = mainTable(settings, backends, all);
        for (int size : settings.growthNodes()) {
            for (Operation operation :
                    List.of(
                            Operation.NODE_CREATION,
                            Operation.NODE_CREATION_BATCH,
                            Operation.NODE_LOOKUP,
                            Operation.ITERATION)) {
                addJobs(jobs, operation, operation.backendsOnly ? backends : all, size);
            }
        }
        for (int batchSize : BATCH_SIZES) {
            addJobs(jobs, Operation.BATCH_SIZE, backends, batchSize);
        }
        for (Operation operation :
                List.of(Operation.READS_ONE_THREAD, Operation.READS_TWO_THREADS)) {
            addJobs(jobs, operation, all, readScalingNodes(settings));
        }
        // The monitor's cost per call: the default backend's point queries again, through a
        // GraphMonitor.
        for (Operation operation : ReportTables.MONITORED_OPERATIONS) {
            addJobs(
                    jobs,
                    operation,
                    List.of(Subjects.monitored(backends.get(0))),
                    settings.tableNodes());
        }
        jobs.addAll(loadingJobs(settings, backends));
        jobs.addAll(algorithmJobs(settings, backends));
        return jobs;
    }

    /**
     * The Loading table's configurations, in its row order: every format's read, then every write,
     * on every GLI backend whose reader or writer is built and on JGraphT where jgrapht-io has the
     * format (a read only where GLI wrote the file it reads); then the bulk loads, GLI only.
     */
    static List<Job> loadingJobs(Settings settings, List<String> backends) {
        List<Job> jobs = new ArrayList<>();
        for (Operation operation : ReportTables.LOADING_ROWS) {
            LoadingFormat format = LoadingFormat.of(operation);
            GraphSpec graph = format == null ? settings.loadingGraph() : format.graph(settings);
            for (String backend : backends) {
                if (!GliLoadingSubject.NOT_BUILT.contains(operation)) {
                    jobs.add(Job.loading(operation, backend, graph));
                }
            }
            boolean hasFile =
                    format == null || operation != format.read || LoadingFiles.written(format);
            if (!operation.backendsOnly && hasFile) {
                jobs.add(Job.loading(operation, Subjects.JGRAPHT, graph));
            }
        }
        return jobs;
    }

    /**
     * The Loading table's facts: each loading graph's node and edge counts, and the bytes of each
     * data file, written here once for the whole run (the writers are GLI's own, on the default
     * backend).
     */
    static List<Measurement> loadingFacts(Settings settings, Path root) throws IOException {
        List<Measurement> facts = new ArrayList<>();
        Map<GraphSpec, List<LoadingFormat>> byGraph = new LinkedHashMap<>();
        for (LoadingFormat format : LoadingFormat.values()) {
            byGraph.computeIfAbsent(format.graph(settings), g -> new ArrayList<>()).add(format);
        }
        for (Map.Entry<GraphSpec, List<LoadingFormat>> entry : byGraph.entrySet()) {
            GraphSpec graph = entry.getKey();
            LoadingData data = LoadingData.of(graph);
            facts.add(loadingFact(ReportTables.LOADING_NODES, graph, data.nodeCount()));
            facts.add(loadingFact(ReportTables.LOADING_EDGES, graph, data.edgeCount()));
            LoadingFiles.ensure(root, graph, entry.getValue())
                    .forEach(
                            (format, bytes) ->
                                    facts.add(
                                            new Measurement(
                                                    ReportTables.FILE_BYTES + "@" + format.name(),
                                                    ReportTables.FILES,
                                                    graph.nodes(),
                                                    bytes,
                                                    Double.NaN,
                                                    "B")));
        }
        return facts;
    }

    private static Measurement loadingFact(String row, GraphSpec graph, int count) {
        return new Measurement(
                row + "@" + graph, ReportTables.GENERATOR, graph.nodes(), count, Double.NaN, "");
    }

    /**
     * The bytes a write row's fork left in its output file, as a figure of the report (its MB/s
     * divide by them); the file is deleted once measured.
     */
    static List<Measurement> writtenBytes(Job job, Path root) throws IOException {
        LoadingFormat format = LoadingFormat.of(job.operation());
        if (format == null || job.operation() != format.write) {
            return List.of();
        }
        Path file =
                LoadingFiles.directory(root, job.graph()).resolve(format.outputName(job.subject()));
        if (!Files.exists(file)) {
            return List.of();
        }
        long bytes = Files.size(file);
        Files.delete(file);
        return List.of(
                new Measurement(
                        ReportTables.WRITTEN_BYTES + "@" + format.name(),
                        job.subject(),
                        job.size(),
                        bytes,
                        Double.NaN,
                        "B"));
    }

    private static void deleteAll(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * The algorithm tables' configurations, one table per generated graph: every GLI backend on
     * every row it has built, JGraphT on the rows it has and can finish.
     */
    static List<Job> algorithmJobs(Settings settings, List<String> backends) {
        List<Job> jobs = new ArrayList<>();
        for (GraphSpec graph : settings.algorithmGraphs()) {
            for (Operation operation : ReportTables.ALGORITHM_ROWS) {
                for (String backend : backends) {
                    if (!GliAlgorithmSubject.NOT_BUILT.contains(operation)) {
                        jobs.add(Job.algorithm(operation, backend, graph));
                    }
                }
                if (!operation.backendsOnly
                        && !JGraphTAlgorithmSubject.NOT_RUN.containsKey(operation)) {
                    jobs.add(Job.algorithm(operation, Subjects.JGRAPHT, graph));
                }
                Operation allCores = ReportTables.ALL_CORES.get(operation);
                if (allCores != null && !GliAlgorithmSubject.NOT_BUILT.contains(allCores)) {
                    for (String backend : backends) {
                        jobs.add(Job.algorithm(allCores, backend, graph));
                    }
                }
            }
        }
        return jobs;
    }

    /**
     * The edge counts of the algorithm tables' graphs, as figures of the report: the tables' ns per
     * edge divides by them, and the captions say how many edges remain once self-loops and
     * duplicates are dropped.
     */
    static List<Measurement> graphFacts(Settings settings) {
        List<Measurement> facts = new ArrayList<>();
        for (GraphSpec spec : settings.algorithmGraphs()) {
            GeneratedGraph graph = spec.generate();
            facts.add(graphFact(ReportTables.DIRECTED_EDGES, spec, graph.edgeCount()));
            facts.add(
                    graphFact(ReportTables.UNDIRECTED_EDGES, spec, graph.undirected().edgeCount()));
        }
        return facts;
    }

    private static Measurement graphFact(String row, GraphSpec spec, int edges) {
        return new Measurement(
                row + "@" + spec.shape().label(),
                ReportTables.GENERATOR,
                spec.nodes(),
                edges,
                Double.NaN,
                "edges");
    }

    /**
     * The JVM arguments of a fork. A fixed heap, so that growing it never lands in a measurement
     * (without -Xms the 1M-node rows swung 2-5x), and a fixed young generation: left to itself G1
     * grows eden to gigabytes, and the garbage of each call streams through fresh memory, evicting
     * the graph from cache (optimized lookups at 100k nodes fell from ~45 to ~200 ns a few seconds
     * in; with -Xmn128m they stay at ~45). A single-shot build (the creation rows) also gets its
     * heap touched at start, so that the first write to each page (a page fault, and the kernel
     * zeroing the page) never lands in its measurement: each build promotes a new graph into
     * regions never used before, and a million-node build on optimized took 304 ms at a 14 GB heap
     * untouched against 178 ms pre-touched (simple: 1,655 against 761 ms; one fork each). Timed
     * rows reuse one graph and their garbage stays in the young generation, so they skip it:
     * touching 4 GB takes this machine about 10 s a fork, and all forks pre-touched made the quick
     * report take 16.5 minutes instead of 5.5. The Loading rows skip it too: there are some thirty
     * of them, each a fork, and their warmup shots, each a whole graph after a full collection,
     * touch the pages the measured shots then reuse. The heap is the settings' {@link
     * Settings#heapFor} the job's size: a large one only where the graph needs it, since touching
     * 14 GB takes about 48 s.
     */
    static String[] forkArguments(Job job, Settings settings) {
        List<String> arguments =
                new ArrayList<>(
                        List.of(
                                "-Xms" + settings.heapFor(job),
                                "-Xmx" + settings.heapFor(job),
                                "-Xmn" + YOUNG_GENERATION));
        if (job.singleShot() && !job.isLoading()) {
            arguments.add(PRE_TOUCH);
        }
        return arguments.toArray(new String[0]);
    }

    private static void addJobs(
            List<Job> jobs, Operation operation, List<String> subjects, int size) {
        for (String subject : subjects) {
            jobs.add(new Job(operation, subject, size));
        }
    }

    /**
     * Runs {@code job}'s JMH configuration. A Loading row gets the run's loading directory and a
     * garbage collection before each shot (outside it), so that one shot's graph, gigabytes at the
     * full mode's sizes, is not collected during the next one.
     */
    private static Collection<RunResult> runJmh(Job job, Settings settings, Path loading)
            throws RunnerException {
        ChainedOptionsBuilder options =
                new OptionsBuilder()
                        .include(job.includePattern())
                        .forks(settings.forks())
                        .warmupIterations(settings.warmupsFor(job))
                        .measurementIterations(settings.measurementsFor(job))
                        .warmupTime(TimeValue.milliseconds(settings.warmupMillis()))
                        .measurementTime(TimeValue.milliseconds(settings.iterationMillis()))
                        .jvmArgsAppend(forkArguments(job, settings))
                        .shouldFailOnError(true);
        job.params().forEach(options::param);
        if (job.isLoading()) {
            options.param("files", loading.toString()).shouldDoGC(true);
        }
        return new Runner(options.build(), new QuietOutput(System.err)).run();
    }

    /**
     * Runs {@link MemoryProbe} in a JVM of its own, so each subject is measured on a clean heap.
     */
    private static Map<String, Double> probeMemory(String subject, Settings settings)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process =
                new ProcessBuilder(
                                java,
                                "-Xmx" + settings.forkHeap(),
                                "-cp",
                                System.getProperty("java.class.path"),
                                MemoryProbe.class.getName(),
                                subject,
                                Integer.toString(settings.memoryElements()))
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IOException("memory probe exited with " + exit + ": " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        String json =
                output.lines()
                        .filter(line -> line.startsWith("{"))
                        .reduce((a, b) -> b)
                        .orElseThrow(
                                () -> new IOException("memory probe printed no result: " + output));
        return new Gson().fromJson(json, new TypeToken<Map<String, Double>>() {}.getType());
    }
}
