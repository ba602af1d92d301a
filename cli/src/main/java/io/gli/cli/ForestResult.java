package io.gli.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.gli.Edge;
import io.gli.Graph;
import io.gli.algo.SpanningForestResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The edges of a minimum spanning forest, in the order chosen (lightest first). {@code --into}
 * marks each of them with the attribute {@code true}; other edges are left as they are.
 */
record ForestResult(SpanningForestResult forest) implements RunResult {

    @Override
    public void printTable(PrintStream out, String name, int top) {
        out.printf(Locale.ROOT, "%-5s %-25s %-25s %s%n", "rank", "source", "target", "weight");
        int rank = 1;
        for (Edge edge : first(top)) {
            out.printf(
                    Locale.ROOT,
                    "%-5d %-25s %-25s %s%n",
                    rank++,
                    edge.source(),
                    edge.target(),
                    TopNodes.text(weight(edge)));
        }
    }

    @Override
    public void writeJson(JsonGenerator json, int top) throws IOException {
        json.writeArrayFieldStart("edges");
        for (Edge edge : first(top)) {
            writeEdge(json, edge);
        }
        json.writeEndArray();
    }

    /** CSV {@code source,target,weight} or a JSON array of such objects, in the order chosen. */
    @Override
    public void writeFile(Path file, String name) throws IOException {
        List<Edge> edges = forest.edges();
        ResultFiles.write(
                file,
                csv -> {
                    ResultFiles.row(csv, "source", "target", "weight");
                    for (Edge edge : edges) {
                        ResultFiles.row(
                                csv, edge.source(), edge.target(), String.valueOf(weight(edge)));
                    }
                },
                json -> {
                    json.writeStartArray();
                    for (Edge edge : edges) {
                        writeEdge(json, edge);
                    }
                    json.writeEndArray();
                });
    }

    @Override
    public void writeInto(Graph graph, String key) {
        List<Edge> edges = forest.edges();
        graph.batch(
                batch -> {
                    for (Edge edge : edges) {
                        batch.setEdgeAttribute(edge.source(), edge.target(), key, true);
                    }
                });
    }

    private List<Edge> first(int top) {
        List<Edge> edges = forest.edges();
        return edges.subList(0, Math.min(Math.max(top, 0), edges.size()));
    }

    private double weight(Edge edge) {
        return (Double) edge.attributes().get(forest.topology().weightKey());
    }

    private void writeEdge(JsonGenerator json, Edge edge) throws IOException {
        json.writeStartObject();
        json.writeStringField("source", edge.source());
        json.writeStringField("target", edge.target());
        json.writeFieldName("weight");
        JsonOut.writeScalar(json, weight(edge));
        json.writeEndObject();
    }
}
