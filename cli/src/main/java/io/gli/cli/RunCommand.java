package io.gli.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.gli.Graph;
import io.gli.Topology;
import io.gli.algo.Betweenness;
import io.gli.algo.Clustering;
import io.gli.algo.Communities;
import io.gli.algo.CommunityResult;
import io.gli.algo.Components;
import io.gli.algo.ComponentsResult;
import io.gli.algo.Cores;
import io.gli.algo.Degrees;
import io.gli.algo.Direction;
import io.gli.algo.NodeDoubles;
import io.gli.algo.NodeInts;
import io.gli.algo.NodeLongs;
import io.gli.algo.NodeValues;
import io.gli.algo.PageRank;
import io.gli.algo.PageRankResult;
import io.gli.algo.ShortestPaths;
import io.gli.algo.TopologicalSort;
import io.gli.algo.Triangles;
import io.gli.io.GraphFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
        toposort
    }

    @ParentCommand Gli gli;

    @Parameters(index = "0", paramLabel = "ALGORITHM", description = "${COMPLETION-CANDIDATES}")
    Algorithm algorithm;

    @Parameters(index = "1", paramLabel = "FILE", description = "The graph file.")
    Path file;

    @Mixin InputOptions input;

    @Option(names = "--source", paramLabel = "NODE", description = "Start node (bfs, dijkstra).")
    String source;

    @Option(
            names = "--weight",
            paramLabel = "KEY",
            description = "Edge attribute holding weights (pagerank, dijkstra, louvain).")
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

    /** What a run gives: a value per node and a summary. */
    record Outcome(NodeValues values, Map<String, Object> summary) {
        /** Whether the values are group labels (components, communities), not magnitudes. */
        boolean labels() {
            return summary.containsKey("components") || summary.containsKey("communities");
        }
    }

    @Override
    public Integer call() throws IOException {
        GraphFormat intoFormat = into == null ? null : GraphFormat.of(into); // fail before work
        if (out != null) {
            ResultFiles.requireKnownName(out);
        }
        GraphLoading loaded = input.load(gli, file);
        Graph graph = loaded.graph();
        long start = System.nanoTime();
        Outcome outcome = run(graph);
        double seconds = (System.nanoTime() - start) / 1e9;
        outcome.summary().put("seconds", seconds);
        outcome.summary().put("loadSeconds", loaded.seconds());
        if (out != null) {
            ResultFiles.write(outcome.values(), algorithm.name(), out);
        }
        if (into != null) {
            outcome.values().writeTo(graph, key == null ? algorithm.name() : key);
            intoFormat.writer().write(graph, into);
        }
        print(outcome);
        return 0;
    }

    private Outcome run(Graph graph) {
        Map<String, Object> summary = new LinkedHashMap<>();
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
                                        .threads(threads);
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
                                    Communities.labelPropagation(topology, maxIterations), summary);
                    case louvain ->
                            community(
                                    Communities.louvain(
                                            weight == null ? topology : graph.topology(weight),
                                            seed,
                                            resolution),
                                    summary);
                    case betweenness ->
                            samples == null
                                    ? Betweenness.exact(topology, true, threads)
                                    : Betweenness.sampled(topology, samples, seed, true, threads);
                    case bfs -> {
                        var result = ShortestPaths.unweighted(topology, requireSource());
                        summary.put("reached", result.reachedCount());
                        yield result.distances();
                    }
                    case toposort -> TopologicalSort.positions(topology);
                    case dijkstra ->
                            ShortestPaths.dijkstra(
                                            weight == null ? topology : graph.topology(weight),
                                            requireSource())
                                    .distances();
                };
        return new Outcome(values, summary);
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
        // an order or a distance reads from its start: lowest first; every other value highest
        // first
        boolean lowestFirst =
                algorithm == Algorithm.toposort
                        || algorithm == Algorithm.bfs
                        || algorithm == Algorithm.dijkstra;
        List<Integer> best = TopNodes.best(outcome.values(), top, lowestFirst);
        Topology topology = outcome.values().topology();
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
                if (outcome.labels()) {
                    json.writeArrayFieldStart("groups");
                    for (TopNodes.Group group :
                            TopNodes.largestGroups((NodeInts) outcome.values(), top)) {
                        json.writeStartObject();
                        json.writeNumberField("label", group.label());
                        json.writeNumberField("size", group.size());
                        json.writeStringField("first", topology.id(group.first()));
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                }
                json.writeArrayFieldStart("top");
                for (int v : best) {
                    json.writeStartObject();
                    json.writeStringField("node", topology.id(v));
                    json.writeFieldName("value");
                    JsonOut.writeScalar(json, outcome.values().boxed(v));
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
        } else if (outcome.labels()) {
            int rank = 1;
            stdout.printf(
                    Locale.ROOT, "%-5s %-10s %-12s %s%n", "rank", "label", "size", "first node");
            for (TopNodes.Group group : TopNodes.largestGroups((NodeInts) outcome.values(), top)) {
                stdout.printf(
                        Locale.ROOT,
                        "%-5d %-10d %-12d %s%n",
                        rank++,
                        group.label(),
                        group.size(),
                        topology.id(group.first()));
            }
            printSummary(outcome);
        } else {
            int rank = 1;
            stdout.printf(Locale.ROOT, "%-5s %-30s %s%n", "rank", "node", algorithm.name());
            for (int v : best) {
                stdout.printf(
                        Locale.ROOT,
                        "%-5d %-30s %s%n",
                        rank++,
                        topology.id(v),
                        TopNodes.text(outcome.values().boxed(v)));
            }
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
