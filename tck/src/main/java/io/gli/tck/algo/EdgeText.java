package io.gli.tck.algo;

import io.gli.Graph;
import io.gli.tck.Fixture;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Small named graphs for hand-checked expectations, written as text: {@code "a b c | a-b:2 b-c"}
 * adds nodes a, b, c in that order, then an edge a to b of weight 2 and an edge b to c of weight 1
 * (the weight under {@link GraphShapes#WEIGHT}, a Double with a dot, a Long without).
 */
final class EdgeText {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private EdgeText() {}

    static Graph graph(Fixture fixture, String text) {
        Graph graph = fixture.open();
        int bar = text.indexOf('|');
        for (String id : SPACES.splitAsStream(text.substring(0, bar).trim()).toList()) {
            graph.addNode(id);
        }
        String edges = text.substring(bar + 1).trim();
        if (edges.isEmpty()) {
            return graph;
        }
        for (String edge : SPACES.splitAsStream(edges).toList()) {
            int colon = edge.indexOf(':');
            String pair = colon < 0 ? edge : edge.substring(0, colon);
            Object weight = 1L;
            if (colon >= 0) {
                String number = edge.substring(colon + 1);
                weight = number.contains(".") ? Double.parseDouble(number) : Long.parseLong(number);
            }
            int dash = pair.indexOf('-');
            graph.addEdge(
                    pair.substring(0, dash),
                    pair.substring(dash + 1),
                    Map.of(GraphShapes.WEIGHT, weight));
        }
        return graph;
    }
}
