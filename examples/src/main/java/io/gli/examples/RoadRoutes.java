package io.gli.examples;

import io.gli.Graph;
import io.gli.Topology;
import io.gli.algo.DijkstraResult;
import io.gli.algo.NodeDoubles;
import io.gli.algo.ShortestPaths;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Shortest paths: routes through a road network. Junctions {@code r<row>c<col>} form a square grid,
 * each joined to its neighbors by a two-way road (an undirected edge) whose length {@code km} is a
 * whole number from 1 to 9, drawn by a seeded random number generator.
 *
 * <p>The route that is shortest in kilometres comes from Dijkstra's algorithm on {@code
 * graph.topology("km")} (the weights are read once, into the snapshot); the route over the fewest
 * roads from a breadth-first search on {@code graph.topology()}. Between opposite corners every
 * route that only heads south or east takes the fewest roads; the search's is one of them, and its
 * kilometres show what ignoring the lengths costs.
 *
 * <p>Prints the network, then both routes from the north-west corner to the south-east one, for
 * example:
 *
 * <pre>
 * Road network: 10,000 junctions (100 x 100), 19,800 roads
 * Dijkstra from r0c0: reached 10,000 junctions, 155 within 50 km
 * Fewest kilometres r0c0 -&gt; r99c99: 528 km over 198 roads
 *   r0c0 -&gt; r1c0 -&gt; r1c1 -&gt; r2c1 -&gt; ... -&gt; r99c97 -&gt; r99c98 -&gt; r99c99
 * Fewest roads r0c0 -&gt; r99c99: 198 roads, 1,025 km
 * </pre>
 *
 * Run with a number of junctions as the only argument (default 10,000; the grid is the largest
 * square that fits).
 */
public final class RoadRoutes {
    private RoadRoutes() {}

    /** The edge attribute holding a road's length. */
    public static final String KM = "km";

    /**
     * A route and its length.
     *
     * @param junctions the junctions passed, from the start to the destination
     * @param km the sum of the roads' lengths
     */
    public record Route(List<String> junctions, double km) {
        /** The number of roads taken. */
        public int roads() {
            return junctions.size() - 1;
        }
    }

    /**
     * The routes between two junctions.
     *
     * @param shortest the fewest kilometres (Dijkstra)
     * @param fewestRoads the fewest roads (breadth-first search), with its length in kilometres
     * @param reached how many junctions can be reached from the start
     * @param within50Km how many of them lie at most 50 km from the start, the start included
     */
    public record Routes(Route shortest, Route fewestRoads, int reached, int within50Km) {}

    public static void main(String[] args) {
        int side = (int) Math.sqrt(Arguments.size(args, 10_000));
        Graph graph = build(side);
        System.out.printf(
                Locale.ROOT,
                "Road network: %,d junctions (%d x %d), %,d roads%n",
                graph.nodeCount(),
                side,
                side,
                graph.edgeCount());
        String from = junction(0, 0);
        String to = junction(side - 1, side - 1);
        Routes routes = routes(graph, from, to);
        System.out.printf(
                Locale.ROOT,
                "Dijkstra from %s: reached %,d junctions, %,d within 50 km%n",
                from,
                routes.reached(),
                routes.within50Km());
        Route shortest = routes.shortest();
        System.out.printf(
                Locale.ROOT,
                "Fewest kilometres %s -> %s: %,.0f km over %,d roads%n",
                from,
                to,
                shortest.km(),
                shortest.roads());
        System.out.println("  " + PathText.of(shortest.junctions()));
        System.out.printf(
                Locale.ROOT,
                "Fewest roads %s -> %s: %,d roads, %,.0f km%n",
                from,
                to,
                routes.fewestRoads().roads(),
                routes.fewestRoads().km());
    }

    /**
     * A {@code side} x {@code side} grid of junctions on the default backend, undirected, each road
     * with a length {@link #KM} from 1 to 9 (a seeded draw, the same on every run).
     */
    public static Graph build(int side) {
        Graph graph = Graph.builder().undirected().open();
        Random random = new Random(16);
        graph.batch(
                batch -> {
                    for (int row = 0; row < side; row++) {
                        for (int col = 0; col < side; col++) {
                            batch.addNode(junction(row, col));
                        }
                    }
                    for (int row = 0; row < side; row++) {
                        for (int col = 0; col < side; col++) {
                            if (col + 1 < side) {
                                batch.addEdge(
                                        junction(row, col),
                                        junction(row, col + 1),
                                        Map.of(KM, 1 + random.nextInt(9)));
                            }
                            if (row + 1 < side) {
                                batch.addEdge(
                                        junction(row, col),
                                        junction(row + 1, col),
                                        Map.of(KM, 1 + random.nextInt(9)));
                            }
                        }
                    }
                });
        return graph;
    }

    /** The ID of the junction at {@code row}, {@code col}. */
    public static String junction(int row, int col) {
        return "r" + row + "c" + col;
    }

    /**
     * The routes from {@code from} to {@code to} by the roads' {@link #KM}: the fewest kilometres
     * and the fewest roads.
     */
    public static Routes routes(Graph graph, String from, String to) {
        Topology byKm = graph.topology(KM);
        DijkstraResult dijkstra = ShortestPaths.dijkstra(byKm, from);
        NodeDoubles km = dijkstra.distances();
        int reached = 0;
        int within50Km = 0;
        for (int v = 0; v < km.size(); v++) {
            if (km.isPresent(v)) {
                reached++;
                if (km.get(v) <= 50) {
                    within50Km++;
                }
            }
        }
        Route shortest = new Route(dijkstra.pathTo(to), dijkstra.distanceTo(to));
        List<String> fewestRoads = ShortestPaths.unweighted(graph.topology(), from).pathTo(to);
        return new Routes(
                shortest, new Route(fewestRoads, km(graph, fewestRoads)), reached, within50Km);
    }

    /** The length of a route, read road by road from the graph. */
    static double km(Graph graph, List<String> junctions) {
        double total = 0;
        for (int i = 1; i < junctions.size(); i++) {
            total += graph.edgeDouble(junctions.get(i - 1), junctions.get(i), KM).orElseThrow();
        }
        return total;
    }
}
