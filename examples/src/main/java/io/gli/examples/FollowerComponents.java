package io.gli.examples;

import io.gli.Graph;
import io.gli.Topology;
import io.gli.algo.Components;
import io.gli.algo.ComponentsResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Components: who can reach whom in a directed follower graph. Users {@code user0} to {@code
 * user<n-1>} come in circles of four who follow each other round (a directed cycle: each circle is
 * strongly connected), and circles in clubs of five: the first user of each circle follows the
 * first user of the next circle of the club. In every other club (clubs 0, 2, 4, ...) the last
 * circle's first user follows the first circle's back, which closes the club into one strongly
 * connected component of twenty.
 *
 * <p>So each club is a weakly connected component (connected if the follows are taken both ways);
 * an even-numbered club is also one strongly connected component (everyone reaches everyone along
 * the follows), an odd-numbered one five, a circle each. The strong components are written back to
 * the graph as node attribute {@code component} (one atomic batch), and a query on it finds the
 * members of the largest.
 *
 * <p>Prints the graph, the components of both kinds and the largest, for example:
 *
 * <pre>
 * Follower graph: 100,000 users, 122,500 follows
 * Weakly connected components: 5,000, the largest 20 users (user0 ... user19)
 * Strongly connected components: 15,000, the largest 20 users (user0 ... user19)
 * Strong components of each size: 4 users: 12,500, 20 users: 2,500
 * Wrote attribute "component" to 100,000 users; component 0 (the largest) has 20 members
 * </pre>
 *
 * Run with a number of users as the only argument (default 100,000).
 */
public final class FollowerComponents {
    private FollowerComponents() {}

    /** Users per circle. */
    public static final int CIRCLE = 4;

    /** Circles per club. */
    public static final int CLUB = 5;

    /** The node attribute the strong components are written to. */
    public static final String COMPONENT = "component";

    /** The weak and the strong components of one topology of the graph. */
    public record Found(ComponentsResult weak, ComponentsResult strong) {}

    public static void main(String[] args) {
        Graph graph = build(Arguments.size(args, 100_000));
        System.out.printf(
                Locale.ROOT,
                "Follower graph: %,d users, %,d follows%n",
                graph.nodeCount(),
                graph.edgeCount());
        Found found = find(graph);
        print("Weakly", found.weak());
        print("Strongly", found.strong());
        System.out.println("Strong components of each size: " + sizes(found.strong()));
        int largest = found.strong().largest();
        int members = writeBack(graph, found.strong());
        System.out.printf(
                Locale.ROOT,
                "Wrote attribute \"%s\" to %,d users; component %d (the largest) has %,d members%n",
                COMPONENT,
                graph.nodeCount(),
                largest,
                members);
    }

    /**
     * The follower graph of {@code users} users on the default backend, directed: circles of {@link
     * #CIRCLE}, clubs of {@link #CLUB} circles, every even-numbered club closed into a cycle of
     * circles. The last circle or club may be smaller.
     */
    public static Graph build(int users) {
        Graph graph = Graph.open();
        graph.batch(
                batch -> {
                    for (int i = 0; i < users; i++) {
                        batch.addNode(user(i));
                    }
                    int circles = (users + CIRCLE - 1) / CIRCLE;
                    for (int circle = 0; circle < circles; circle++) {
                        int first = circle * CIRCLE;
                        int size = Math.min(CIRCLE, users - first);
                        for (int k = 0; size > 1 && k < size; k++) {
                            int follower = first + k;
                            int followed = first + (k + 1) % size;
                            batch.addEdge(user(follower), user(followed));
                        }
                        int club = circle / CLUB;
                        int next = circle + 1;
                        boolean lastOfClub = next % CLUB == 0 || next == circles;
                        if (!lastOfClub) {
                            batch.addEdge(user(first), user(next * CIRCLE));
                        } else if (club % 2 == 0 && circle != club * CLUB) {
                            batch.addEdge(user(first), user(club * CLUB * CIRCLE));
                        }
                    }
                });
        return graph;
    }

    /** The ID of user {@code i}. */
    public static String user(int i) {
        return "user" + i;
    }

    /** The weak and strong components, from one {@code graph.topology()}. */
    public static Found find(Graph graph) {
        Topology topology = graph.topology();
        return new Found(Components.weak(topology), Components.strong(topology));
    }

    /**
     * Writes each user's component label to the graph as {@link #COMPONENT}, in one atomic batch,
     * and asks the graph who is in the largest component.
     *
     * @return the number of users whose attribute names the largest component
     */
    public static int writeBack(Graph graph, ComponentsResult components) {
        components.labels().writeTo(graph, COMPONENT);
        return graph.findNodes(Map.of(COMPONENT, components.largest())).size();
    }

    private static void print(String kind, ComponentsResult components) {
        List<String> largest = components.components().get(components.largest());
        System.out.printf(
                Locale.ROOT,
                "%s connected components: %,d, the largest %,d users (%s ... %s)%n",
                kind,
                components.count(),
                largest.size(),
                largest.get(0),
                largest.get(largest.size() - 1));
    }

    /** How many components have each size, smallest size first. */
    static String sizes(ComponentsResult components) {
        Map<Integer, Integer> bySize = new TreeMap<>();
        for (int label = 0; label < components.count(); label++) {
            bySize.merge(components.size(label), 1, Integer::sum);
        }
        StringBuilder text = new StringBuilder();
        bySize.forEach(
                (size, count) -> {
                    if (text.length() > 0) {
                        text.append(", ");
                    }
                    text.append(String.format(Locale.ROOT, "%,d users: %,d", size, count));
                });
        return text.toString();
    }
}
