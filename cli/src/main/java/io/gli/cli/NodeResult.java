package io.gli.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.gli.Graph;
import io.gli.Topology;
import io.gli.algo.NodeInts;
import io.gli.algo.NodeValues;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A value per node: a rank, a count, a distance, an order, or a group label.
 *
 * @param values the values, absent where the algorithm gives none (a node a search did not reach)
 * @param lowestFirst whether the table lists lowest values first (an order or a distance reads from
 *     its start); otherwise highest first
 * @param labels whether the values are group labels (components, communities): the table then lists
 *     the largest groups
 */
record NodeResult(NodeValues values, boolean lowestFirst, boolean labels) implements RunResult {

    @Override
    public void printTable(PrintStream out, String name, int top) {
        Topology topology = values.topology();
        int rank = 1;
        if (labels) {
            out.printf(Locale.ROOT, "%-5s %-10s %-12s %s%n", "rank", "label", "size", "first node");
            for (TopNodes.Group group : TopNodes.largestGroups((NodeInts) values, top)) {
                out.printf(
                        Locale.ROOT,
                        "%-5d %-10d %-12d %s%n",
                        rank++,
                        group.label(),
                        group.size(),
                        topology.id(group.first()));
            }
            return;
        }
        out.printf(Locale.ROOT, "%-5s %-30s %s%n", "rank", "node", name);
        for (int v : TopNodes.best(values, top, lowestFirst)) {
            out.printf(
                    Locale.ROOT,
                    "%-5d %-30s %s%n",
                    rank++,
                    topology.id(v),
                    TopNodes.text(values.boxed(v)));
        }
    }

    @Override
    public void writeJson(JsonGenerator json, int top) throws IOException {
        Topology topology = values.topology();
        if (labels) {
            json.writeArrayFieldStart("groups");
            for (TopNodes.Group group : TopNodes.largestGroups((NodeInts) values, top)) {
                json.writeStartObject();
                json.writeNumberField("label", group.label());
                json.writeNumberField("size", group.size());
                json.writeStringField("first", topology.id(group.first()));
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeArrayFieldStart("top");
        for (int v : TopNodes.best(values, top, lowestFirst)) {
            json.writeStartObject();
            json.writeStringField("node", topology.id(v));
            json.writeFieldName("value");
            JsonOut.writeScalar(json, values.boxed(v));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /**
     * CSV {@code node,<name>} or a JSON object from node ID to value, in node order; an absent
     * value is an empty cell or {@code null}.
     */
    @Override
    public void writeFile(Path file, String name) throws IOException {
        Topology topology = values.topology();
        ResultFiles.write(
                file,
                csv -> {
                    ResultFiles.row(csv, "node", name);
                    for (int v = 0; v < values.size(); v++) {
                        String value = values.isPresent(v) ? String.valueOf(values.boxed(v)) : "";
                        ResultFiles.row(csv, topology.id(v), value);
                    }
                },
                json -> {
                    json.writeStartObject();
                    for (int v = 0; v < values.size(); v++) {
                        json.writeFieldName(topology.id(v));
                        JsonOut.writeScalar(json, values.isPresent(v) ? values.boxed(v) : null);
                    }
                    json.writeEndObject();
                });
    }

    @Override
    public void writeInto(Graph graph, String key) {
        values.writeTo(graph, key);
    }
}
