package io.gli.tck.algo;

import io.gli.Graph;
import io.gli.tck.Fixture;
import java.util.Map;

/**
 * Small graphs for hand-checked expectations, written as text: nodes in the order they are added
 * (their topology indices), edges as {@code "a>b"}, optionally weighted {@code "a>b:3"} (a Long) or
 * {@code "a>b:2.5"} (a Double) under {@link GraphShapes#WEIGHT}.
 */
final class HandGraphs {
    private HandGraphs() {}

    /** A graph of the fixture's backend and direction with these nodes and edges. */
    static Graph of(Fixture fixture, String nodes, String edges) {
        Graph graph = fixture.open();
        for (String id : words(nodes)) {
            graph.addNode(id);
        }
        for (String edge : words(edges)) {
            int colon = edge.indexOf(':');
            String ends = colon < 0 ? edge : edge.substring(0, colon);
            int arrow = ends.indexOf('>');
            String source = ends.substring(0, arrow);
            String target = ends.substring(arrow + 1);
            if (colon < 0) {
                graph.addEdge(source, target);
            } else {
                String weight = edge.substring(colon + 1);
                Object value =
                        weight.contains(".") || weight.contains("N") || weight.contains("I")
                                ? (Object) Double.parseDouble(weight)
                                : (Object) Long.parseLong(weight);
                graph.addEdge(source, target, Map.of(GraphShapes.WEIGHT, value));
            }
        }
        return graph;
    }

    private static String[] words(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+", -1);
    }
}
