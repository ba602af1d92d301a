package io.gli.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Edge;
import io.gli.Graph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoadRoutesTest {
    @Test
    void theFewestKilometresAndTheFewestRoadsDifferOnAHandDrawnMap() {
        // A-B-C-D at 1 km a road, and a direct road A-C of 5 km.
        Graph graph = Graph.builder().undirected().open();
        for (String junction : List.of("A", "B", "C", "D", "E")) {
            graph.addNode(junction);
        }
        graph.addEdge("A", "B", Map.of(RoadRoutes.KM, 1));
        graph.addEdge("B", "C", Map.of(RoadRoutes.KM, 1));
        graph.addEdge("A", "C", Map.of(RoadRoutes.KM, 5));
        graph.addEdge("C", "D", Map.of(RoadRoutes.KM, 1));

        RoadRoutes.Routes routes = RoadRoutes.routes(graph, "A", "D");

        assertEquals(new RoadRoutes.Route(List.of("A", "B", "C", "D"), 3), routes.shortest());
        assertEquals(new RoadRoutes.Route(List.of("A", "C", "D"), 6), routes.fewestRoads());
        assertEquals(4, routes.reached(), "E has no road");
        assertEquals(4, routes.within50Km());
    }

    @Test
    void onTheGridTheRoutesAreAsShortAsTheyCanBe() {
        int side = 20;
        Graph graph = RoadRoutes.build(side);
        String from = RoadRoutes.junction(0, 0);
        String to = RoadRoutes.junction(side - 1, side - 1);

        RoadRoutes.Routes routes = RoadRoutes.routes(graph, from, to);

        Map<String, Double> km = bellmanFord(graph, from);
        assertEquals(km.get(to), routes.shortest().km());
        assertEquals(km.get(to), RoadRoutes.km(graph, routes.shortest().junctions()));
        assertEquals(from, routes.shortest().junctions().get(0));
        assertEquals(to, routes.shortest().junctions().get(routes.shortest().roads()));
        // On a grid the fewest roads between opposite corners is the Manhattan distance.
        assertEquals(2 * (side - 1), routes.fewestRoads().roads());
        assertTrue(routes.shortest().km() <= routes.fewestRoads().km());
        assertEquals(side * side, routes.reached());
        assertEquals(km.values().stream().filter(d -> d <= 50).count(), routes.within50Km());
    }

    /** Distances by relaxing every road until nothing changes: slow, and obviously right. */
    private static Map<String, Double> bellmanFord(Graph graph, String from) {
        Map<String, Double> km = new HashMap<>();
        km.put(from, 0.0);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Edge road : graph.edges()) {
                double length = ((Number) road.attributes().get(RoadRoutes.KM)).doubleValue();
                changed |= relax(km, road.source(), road.target(), length);
                changed |= relax(km, road.target(), road.source(), length);
            }
        }
        return km;
    }

    private static boolean relax(Map<String, Double> km, String a, String b, double length) {
        Double viaA = km.containsKey(a) ? km.get(a) + length : null;
        if (viaA != null && (!km.containsKey(b) || viaA < km.get(b))) {
            km.put(b, viaA);
            return true;
        }
        return false;
    }
}
