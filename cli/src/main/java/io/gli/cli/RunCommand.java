package io.gli.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.gli.Graph;
import io.gli.Topology;
import io.gli.algo.AlgorithmProgress;
import io.gli.algo.Betweenness;
import io.gli.algo.Clustering;
import io.gli.algo.Communities;
import io.gli.algo.CommunityResult;
import io.gli.algo.Components;
import io.gli.algo.ComponentsResult;
import io.gli.algo.Cores;
import io.gli.algo.Degrees;
import io.gli.algo.DfsResult;
import io.gli.algo.DijkstraResult;
import io.gli.algo.Direction;
import io.gli.algo.NodeDoubles;
import io.gli.algo.NodeInts;
import io.gli.algo.NodeLongs;
import io.gli.algo.NodeValues;
import io.gli.algo.PageRank;
import io.gli.algo.PageRankResult;
import io.gli.algo.ShortestPaths;
import io.gli.algo.SpanningForest;
import io.gli.algo.SpanningForestResult;
import io.gli.algo.TopologicalSort;
import io.gli.algo.Traversal;
import io.gli.algo.Triangles;
import io.gli.io.GraphFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code gli run ALGORITHM FILE}: one algorithm of the algorithms module on a graph file. Every
 * algorithm gives a value per node (a rank, a label, a distance, a count); the command prints the
 * {@code --top} nodes by value, or writes every node's value to {@code --out} (CSV or JSON by
 * extension), or into a graph file as a node attribute ({@code --into}). A summary (iterations,
 * convergence, counts, the time) goes to standard error, or into the JSON document.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run an algorithm on a graph file: ${COMPLETION-CANDIDATES}.")
final class RunCommand implements Callable<Integer> {
    /** The algorithms, by the name the command line takes. */
    enum Algorithm {
        pagerank,
        degree,
        components,
        strong_components,
        triangles,
        clustering,
        cores,
        label_propagation,
        louvain,
        betweenness,
        bfs,
        dijkstra,
        toposort,
        dfs,
        path,
        spanning_forest
    }

    @ParentCommand Gli gli;

    @Parameters(index = "0", paramLabel = "ALGORITHM", description = "${COMPLETION-CANDIDATES}")
    Algorithm algorithm;

    @Parameters(index = "1", paramLabel = "FILE", description = "The graph file.")
    Path file;

    @Mixin InputOptions input;

    @Option(
            names = "--source",
            paramLabel = "NODE",
            description = "Start node (bfs, dijkstra, path; dfs: all nodes if not given).")
    String source;

    @Option(names = "--target", paramLabel = "NODE", description = "End node (path).")
    String target;

    @Option(
            names = "--weight",
            paramLabel = "KEY",
            description =
                    "Edge attribute holding weights (pagerank, dijkstra, louvain, path; needed by spanning_forest).")
    String weight;

    @Option(
            names = "--damping",
            defaultValue = "0.85",
            description = "PageRank damping (default 0.85).")
    double damping;

    @Option(
            names = "--tolerance",
            defaultValue = "1e-6",
            description =
                    "PageRank tolerance (default 1e-6; stops when the L1 error < n * tolerance).")
    double tolerance;

    @Option(
            names = "--max-iterations",
            defaultValue = "100",
            description = "Iteration limit (pagerank, label_propagation; default 100).")
    int maxIterations;

    @Option(
            names = "--personalize",
            paramLabel = "NODE=WEIGHT",
            description = "PageRank personalization, one node and weight per option.")
    Map<String, Double> personalization;

    @Option(
            names = "--seed",
            defaultValue = "42",
            description = "Seed (louvain, sampled betweenness).")
    long seed;

    @Option(
            names = "--resolution",
            defaultValue = "1.0",
            description = "Louvain resolution (default 1).")
    double resolution;

    @Option(
            names = "--samples",
            paramLabel = "K",
            description = "Betweenness from K sampled sources instead of all.")
    Integer samples;

    @Option(
            names = "--threads",
            defaultValue = "1",
            description =
                    "Threads (pagerank, triangles, clustering, betweenness); results do not depend on it.")
    int threads;

    @Option(
            names = "--top",
            paramLabel = "K",
            defaultValue = "10",
            description =
                    "Print the K nodes of highest value, or for components and communities the K largest groups (default 10).")
    int top;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Write every node's value to FILE: .csv or .json.")
    Path out;

    @Option(
            names = "--into",
            paramLabel = "FILE",
            description =
                    "Write the graph with the values as a node attribute to FILE (any writable format).")
    Path into;

    @Option(
            names = "--key",
            paramLabel = "KEY",
            description = "The node attribute --into writes (default: the algorithm's name).")
    String key;

    /** Where the algorithms tell how far they are; set when the run starts. */
    private AlgorithmProgress progress = AlgorithmProgress.NONE;

    /** What a run gives: its result and a summary. */
    record Outcome(RunResult result, Map<String, Object> summary) {}

    @Override
    public Integer call() throws IOException {
        GraphFormat intoFormat = into == null ? null : GraphFormat.of(into); // fail before work
        if (out != null) {
            ResultFiles.requireKnownName(out);
        }
        GraphLoading loaded = input.load(gli, file);
        Graph graph = loaded.graph();
        long start = System.nanoTime();
        progress = ProgressLine.forAlgorithm(gli.quiet, algorithm.name());
        Outcome outcome;
        try {
            outcome = run(graph);
        } finally {
            ProgressLine.done(progress);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        outcome.summary().put("seconds", seconds);
        outcome.summary().put("loadSeconds", loaded.seconds());
        if (out != null) {
            outcome.result().writeFile(out, algorithm.name());
        }
        if (into != null) {
            outcome.result().writeInto(graph, key == null ? algorithm.name() : key);
            intoFormat.writer().write(graph, into);
        }
        print(outcome);
        return 0;
    }

    private Outcome run(Graph graph) {
        Map<String, Object> summary = new LinkedHashMap<>();
        RunResult result =
                switch (algorithm) {
                    case path -> path(graph, summary);
                    case spanning_forest -> {
                        if (weight == null) {
                            throw new IllegalArgumentException(
                                    CliMessages.needsWeight(algorithm.name()));
                        }
                        SpanningForestResult forest =
                                SpanningForest.minimum(graph.topology(weight));
                        summary.put("edges", forest.edgeCount());
                        summary.put("totalWeight", forest.totalWeight());
                        yield new ForestResult(forest);
                    }
                    default -> nodeValues(graph, summary);
                };
        return new Outcome(result, summary);
    }

    /** A shortest path, by hops or by {@code --weight}; its hops (and length) in the summary. */
    private RunResult path(Graph graph, Map<String, Object> summary) {
        String from = requireSource();
        if (target == null) {
            throw new IllegalArgumentException(CliMessages.needsTarget(algorithm.name()));
        }
        List<String> nodes;
        if (weight == null) {
            nodes = ShortestPaths.unweighted(graph.topology(), from).pathTo(target);
        } else {
            DijkstraResult distances = ShortestPaths.dijkstra(graph.topology(weight), from);
            nodes = distances.pathTo(target);
            if (!nodes.isEmpty()) {
                summary.put("length", distances.distanceTo(target));
            }
        }
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException(CliMessages.noPath(from, target));
        }
        summary.put("hops", nodes.size() - 1);
        return new PathResult(nodes);
    }

    /** The algorithms that give a value per node. */
    private RunResult nodeValues(Graph graph, Map<String, Object> summary) {
        Topology topology = graph.topology();
        NodeValues values =
                switch (algorithm) {
                    case pagerank -> {
                        Topology weighted = weight == null ? topology : graph.topology(weight);
                        PageRank.Builder builder =
                                PageRank.builder()
                                        .damping(damping)
                                        .tolerance(tolerance)
                                        .maxIterations(maxIterations)
                                        .weighted(weight != null)
                                        .threads(threads)
                                        .progress(progress);
                        if (personalization != null) {
                            builder.personalization(personalization);
                        }
                        PageRankResult result = builder.run(weighted);
                        summary.put("iterations", result.iterations());
                        summary.put("error", result.error());
                        summary.put("converged", result.converged());
                        yield result.ranks();
                    }
                    case degree -> Degrees.of(topology, Direction.BOTH);
                    case components -> {
                        ComponentsResult result =
                                topology.isDirected()
                                        ? Components.weak(topology)
                                        : Components.connected(topology);
                        summary.put("components", result.count());
                        summary.put("largest", result.size(result.largest()));
                        yield result.labels();
                    }
                    case strong_components -> {
                        ComponentsResult result = Components.strong(topology);
                        summary.put("components", result.count());
                        summary.put("largest", result.size(result.largest()));
                        yield result.labels();
                    }
                    case triangles -> {
                        NodeLongs perNode = Triangles.perNode(topology, threads);
                        summary.put("triangles", Triangles.total(topology, threads));
                        yield perNode;
                    }
                    case clustering -> {
                        NodeDoubles local = Clustering.local(topology, threads);
                        summary.put("average", Clustering.average(topology, threads));
                        yield local;
                    }
                    case cores -> Cores.coreNumbers(topology);
                    case label_propagation ->
                            community(
                                    Communities.labelPropagation(topology, maxIterations, progress),
                                    summary);
                    case louvain ->
                            community(
                                    Communities.louvain(
                                            weight == null ? topology : graph.topology(weight),
                                            seed,
                                            resolution,
                                            progress),
                                    summary);
                    case betweenness ->
                            samples == null
                                    ? Betweenness.exact(topology, true, threads, progress)
                                    : Betweenness.sampled(
                                            topology, samples, seed, true, threads, progress);
                    case bfs -> {
                        var result = ShortestPaths.unweighted(topology, requireSource());
                        summary.put("reached", result.reachedCount());
                        yield result.distances();
                    }
                    case toposort -> TopologicalSort.positions(topology);
                    case dfs -> {
                        DfsResult result =
                                source == null
                                        ? Traversal.dfs(topology, Direction.OUT)
                                        : Traversal.dfs(topology, source, Direction.OUT);
                        summary.put("reached", result.reachedCount());
                        yield result.preorderPositions();
                    }
                    case dijkstra ->
                            ShortestPaths.dijkstra(
                                            weight == null ? topology : graph.topology(weight),
                                            requireSource())
                                    .distances();
                    case path, spanning_forest -> throw new AssertionError(algorithm);
                };
        // an order or a distance reads from its start: lowest first; every other value highest
        // first
        boolean lowestFirst =
                switch (algorithm) {
                    case toposort, bfs, dijkstra, dfs -> true;
                    default -> false;
                };
        boolean labels = summary.containsKey("components") || summary.containsKey("communities");
        return new NodeResult(values, lowestFirst, labels);
    }

    private static NodeInts community(CommunityResult result, Map<String, Object> summary) {
        summary.put("communities", result.count());
        summary.put("modularity", result.modularity());
        summary.put("iterations", result.iterations());
        return result.labels();
    }

    private String requireSource() {
        if (source == null) {
            throw new IllegalArgumentException(CliMessages.needsSource(algorithm.name()));
        }
        return source;
    }

    private void print(Outcome outcome) throws IOException {
        PrintStream stdout = System.out;
        if (gli.json()) {
            try (JsonOut doc = JsonOut.to(stdout)) {
                JsonGenerator json = doc.json;
                json.writeStartObject();
                json.writeStringField("algorithm", algorithm.name());
                json.writeStringField("file", String.valueOf(file));
                json.writeObjectFieldStart("summary");
                for (Map.Entry<String, Object> entry : outcome.summary().entrySet()) {
                    json.writeFieldName(entry.getKey());
                    JsonOut.writeScalar(json, entry.getValue());
                }
                json.writeEndObject();
                outcome.result().writeJson(json, top);
                json.writeEndObject();
            }
        } else {
            outcome.result().printTable(stdout, algorithm.name(), top);
            printSummary(outcome);
        }
        stdout.flush();
    }

    private void printSummary(Outcome outcome) {
        if (!gli.quiet) {
            List<String> parts = new ArrayList<>();
            outcome.summary().forEach((k, value) -> parts.add(k + " " + TopNodes.text(value)));
            System.err.println(algorithm.name() + ": " + String.join(", ", parts));
        }
    }
}
