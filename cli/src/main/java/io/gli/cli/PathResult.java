package io.gli.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.gli.Graph;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A shortest path, its nodes from source to target. {@code --into} gives each node on it its step
 * (0 for the source) as the attribute; nodes off the path lose the attribute.
 */
record PathResult(List<String> path) implements RunResult {

    @Override
    public void printTable(PrintStream out, String name, int top) {
        // a path is printed whole: cutting it at --top would hide where it arrives
        out.printf(Locale.ROOT, "%-5s %s%n", "step", "node");
        for (int step = 0; step < path.size(); step++) {
            out.printf(Locale.ROOT, "%-5d %s%n", step, path.get(step));
        }
    }

    @Override
    public void writeJson(JsonGenerator json, int top) throws IOException {
        json.writeArrayFieldStart("path");
        for (String node : path) {
            json.writeString(node);
        }
        json.writeEndArray();
    }

    /** CSV {@code step,node} or a JSON array of the IDs, from source to target. */
    @Override
    public void writeFile(Path file, String name) throws IOException {
        ResultFiles.write(
                file,
                csv -> {
                    ResultFiles.row(csv, "step", "node");
                    for (int step = 0; step < path.size(); step++) {
                        ResultFiles.row(csv, String.valueOf(step), path.get(step));
                    }
                },
                json -> {
                    json.writeStartArray();
                    for (String node : path) {
                        json.writeString(node);
                    }
                    json.writeEndArray();
                });
    }

    @Override
    public void writeInto(Graph graph, String key) {
        graph.batch(
                batch -> {
                    for (String node : graph.nodes()) {
                        batch.removeNodeAttribute(node, key);
                    }
                    for (int step = 0; step < path.size(); step++) {
                        batch.setNodeAttribute(path.get(step), key, (long) step);
                    }
                });
    }
}
