package io.gli.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.gli.Capability;
import io.gli.Graph;
import io.gli.MemoryProfile;
import io.gli.algo.DegreeStats;
import io.gli.algo.Degrees;
import io.gli.algo.Direction;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code gli info FILE}: what a graph file holds. Format, direction, counts, attribute keys with
 * their types, degree statistics with a power-of-two histogram, the memory profile of the loaded
 * graph and the load time.
 */
@Command(
        name = "info",
        mixinStandardHelpOptions = true,
        description =
                "Show a graph file's format, direction, counts, attribute keys and types,"
                        + " degree statistics, memory and load time.")
final class InfoCommand implements Callable<Integer> {
    @ParentCommand Gli gli;

    @Parameters(paramLabel = "FILE", description = "The graph file.")
    Path file;

    @Mixin InputOptions input;

    @Override
    public Integer call() throws IOException {
        GraphLoading loaded = input.load(gli, file);
        Graph graph = loaded.graph();
        DegreeStats degrees = Degrees.stats(graph.topology(), Direction.BOTH);
        Map<String, String> nodeKeys = AttributeKeys.ofNodes(graph).described();
        Map<String, String> edgeKeys = AttributeKeys.ofEdges(graph).described();
        MemoryProfile profile =
                graph.capabilities().contains(Capability.MEMORY_PROFILE)
                        ? graph.memoryProfile()
                        : null;
        long memory = profile == null ? -1 : profile.totalBytes();
        PrintStream out = System.out;
        if (gli.json()) {
            try (JsonOut doc = JsonOut.to(out)) {
                JsonGenerator json = doc.json;
                json.writeStartObject();
                json.writeStringField("file", String.valueOf(file));
                json.writeStringField("format", loaded.format().token());
                json.writeStringField("backend", graph.options().backend());
                json.writeBooleanField("directed", graph.isDirected());
                json.writeNumberField("nodes", graph.nodeCount());
                json.writeNumberField("edges", graph.edgeCount());
                writeKeys(json, "nodeAttributes", nodeKeys);
                writeKeys(json, "edgeAttributes", edgeKeys);
                json.writeObjectFieldStart("degree");
                json.writeNumberField("min", degrees.min());
                json.writeNumberField("mean", degrees.mean());
                json.writeNumberField("max", degrees.max());
                json.writeArrayFieldStart("histogram");
                long[] histogram = degrees.histogram();
                for (int b = 0; b < histogram.length; b++) {
                    json.writeStartObject();
                    json.writeNumberField("low", DegreeStats.bucketLow(b));
                    json.writeNumberField("high", DegreeStats.bucketHigh(b));
                    json.writeNumberField("nodes", histogram[b]);
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
                if (profile != null) {
                    json.writeNumberField("memoryBytes", memory);
                    json.writeObjectFieldStart("memory");
                    for (Map.Entry<MemoryProfile.Category, Long> part :
                            profile.byCategory().entrySet()) {
                        json.writeNumberField(
                                part.getKey().name().toLowerCase(Locale.ROOT), part.getValue());
                    }
                    json.writeEndObject();
                }
                json.writeNumberField("loadSeconds", loaded.seconds());
                json.writeEndObject();
            }
        } else {
            out.printf(Locale.ROOT, "file        %s%n", file);
            out.printf(Locale.ROOT, "format      %s%n", loaded.format().token());
            out.printf(Locale.ROOT, "backend     %s%n", graph.options().backend());
            out.printf(
                    Locale.ROOT,
                    "direction   %s%n",
                    graph.isDirected() ? "directed" : "undirected");
            out.printf(Locale.ROOT, "nodes       %,d%n", graph.nodeCount());
            out.printf(Locale.ROOT, "edges       %,d%n", graph.edgeCount());
            out.printf(Locale.ROOT, "node keys   %s%n", keys(nodeKeys));
            out.printf(Locale.ROOT, "edge keys   %s%n", keys(edgeKeys));
            out.printf(
                    Locale.ROOT,
                    "degree      min %,d, mean %.2f, max %,d (distinct neighbors)%n",
                    degrees.min(),
                    degrees.mean(),
                    degrees.max());
            long[] histogram = degrees.histogram();
            for (int b = 0; b < histogram.length; b++) {
                int low = DegreeStats.bucketLow(b);
                int high = DegreeStats.bucketHigh(b);
                String range = low == high ? Integer.toString(low) : low + "-" + high;
                out.printf(Locale.ROOT, "  %-12s %,d%n", range, histogram[b]);
            }
            out.printf(
                    Locale.ROOT,
                    "memory      %s%n",
                    profile == null
                            ? "not profiled by this backend"
                            : bytes(memory)
                                    + String.format(
                                            Locale.ROOT,
                                            " (%.1f B per node, %.1f B per edge)",
                                            profile.bytesPerNode(),
                                            profile.bytesPerEdge()));
            if (profile != null) {
                for (Map.Entry<MemoryProfile.Category, Long> part :
                        profile.byCategory().entrySet()) {
                    out.printf(
                            Locale.ROOT,
                            "  %-16s %s%n",
                            part.getKey().name().toLowerCase(Locale.ROOT),
                            bytes(part.getValue()));
                }
            }
            out.printf(Locale.ROOT, "load time   %.3f s%n", loaded.seconds());
        }
        out.flush();
        return 0;
    }

    private static String bytes(long bytes) {
        return bytes < 1_000_000
                ? String.format(Locale.ROOT, "%,d bytes", bytes)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static void writeKeys(JsonGenerator json, String field, Map<String, String> keys)
            throws IOException {
        json.writeObjectFieldStart(field);
        for (Map.Entry<String, String> key : keys.entrySet()) {
            json.writeStringField(key.getKey(), key.getValue());
        }
        json.writeEndObject();
    }

    private static String keys(Map<String, String> keys) {
        if (keys.isEmpty()) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder();
        keys.forEach(
                (k, v) ->
                        out.append(out.length() == 0 ? "" : ", ").append(k).append(": ").append(v));
        return out.toString();
    }
}
