package io.gli.examples;

import io.gli.Batch;
import io.gli.Graph;
import io.gli.Topology;
import io.gli.algo.BfsResult;
import io.gli.algo.DfsResult;
import io.gli.algo.Direction;
import io.gli.algo.NodeInts;
import io.gli.algo.Traversal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Traversal: breadth- and depth-first search over a social network. People {@code person0} to
 * {@code person<n-1>} sit on a ring, each a friend of the two people on either side, and every
 * tenth person also knows someone chosen at random (a seeded "small world"): friendships are
 * undirected.
 *
 * <p>One {@code graph.topology()} is taken and searched twice: a breadth-first search from {@code
 * person0} gives everyone's distance in hops (how many people live at each distance, the friends of
 * friends, the farthest person and a shortest chain of friends to them), and a depth-first search
 * gives the order a recursive walk would visit and finish people in.
 *
 * <p>Prints the network, then what the searches found, for example:
 *
 * <pre>
 * Social network: 100,000 people, 210,000 friendships
 * BFS from person0: reached 100,000 people
 * hops  people
 *    0       1
 *    1       5
 *    2       8
 *    3      10
 *    4      18
 *    5      25
 * ...
 *   28   2,602
 *   29     860
 *   30     173
 *   31      15
 * Friends of friends of person0 (at most 2 hops): 13
 * Farthest: person94485, 31 hops away
 * A shortest chain: person0 -&gt; person1 -&gt; person3 -&gt; person5280 -&gt; ... -&gt; person94488 -&gt; person94486 -&gt; person94485
 * DFS from person0: first visited person0, person1, person2, person3, person4
 * DFS from person0: last finished person4, person3, person2, person1, person0
 * </pre>
 *
 * Run with a number of people as the only argument (default 100,000).
 */
public final class FriendsOfFriends {
    private FriendsOfFriends() {}

    /** Every tenth person has one friend chosen at random, besides the ring. */
    public static final int SHORTCUT_EVERY = 10;

    /**
     * What the searches found from one person.
     *
     * @param reached how many people the breadth-first search reached, the start included
     * @param peopleAtHops how many people at each distance, from 0 to the farthest
     * @param farthest the first person reached at the largest distance
     * @param chain a shortest chain of friends from the start to {@code farthest}
     * @param dfsPreorder everyone reachable, in the order a depth-first search visits them
     * @param dfsPostorder the same people in the order it finishes them
     */
    public record Reach(
            int reached,
            List<Integer> peopleAtHops,
            String farthest,
            List<String> chain,
            List<String> dfsPreorder,
            List<String> dfsPostorder) {
        /** The number of people at most 2 hops away, the start excluded. */
        public int friendsOfFriends() {
            int count = 0;
            for (int hops = 1; hops <= 2 && hops < peopleAtHops.size(); hops++) {
                count += peopleAtHops.get(hops);
            }
            return count;
        }
    }

    public static void main(String[] args) {
        int people = Arguments.size(args, 100_000);
        Graph graph = build(people, SHORTCUT_EVERY);
        System.out.printf(
                Locale.ROOT,
                "Social network: %,d people, %,d friendships%n",
                graph.nodeCount(),
                graph.edgeCount());
        Reach reach = search(graph, "person0");
        System.out.printf(Locale.ROOT, "BFS from person0: reached %,d people%n", reach.reached());
        System.out.println("hops  people");
        for (int hops = 0; hops < reach.peopleAtHops().size(); hops++) {
            System.out.printf(Locale.ROOT, "%4d  %,6d%n", hops, reach.peopleAtHops().get(hops));
        }
        System.out.printf(
                Locale.ROOT,
                "Friends of friends of person0 (at most 2 hops): %,d%n",
                reach.friendsOfFriends());
        System.out.printf(
                Locale.ROOT,
                "Farthest: %s, %d hops away%n",
                reach.farthest(),
                reach.chain().size() - 1);
        System.out.println("A shortest chain: " + PathText.of(reach.chain()));
        List<String> pre = reach.dfsPreorder();
        List<String> post = reach.dfsPostorder();
        System.out.println(
                "DFS from person0: first visited "
                        + String.join(", ", pre.subList(0, Math.min(5, pre.size()))));
        System.out.println(
                "DFS from person0: last finished "
                        + String.join(
                                ", ", post.subList(Math.max(0, post.size() - 5), post.size())));
    }

    /**
     * An undirected graph of {@code people} people on the default backend: each a friend of the
     * next two on the ring, and every {@code shortcutEvery}-th person (none if 0) of one more,
     * chosen by a seeded random number generator.
     */
    public static Graph build(int people, int shortcutEvery) {
        Graph graph = Graph.builder().undirected().open();
        Random random = new Random(16);
        graph.batch(
                batch -> {
                    for (int i = 0; i < people; i++) {
                        batch.addNode(person(i));
                    }
                    for (int i = 0; i < people; i++) {
                        for (int step = 1; step <= 2; step++) {
                            befriend(batch, i, (i + step) % people);
                        }
                        if (shortcutEvery > 0 && i % shortcutEvery == 0) {
                            befriend(batch, i, random.nextInt(people));
                        }
                    }
                });
        return graph;
    }

    private static void befriend(Batch batch, int a, int b) {
        if (a != b) {
            // mergeEdge: on a small ring, or by a random pick, the same two people meet twice.
            batch.mergeEdge(person(a), person(b), Map.of());
        }
    }

    /** The ID of person {@code i}. */
    public static String person(int i) {
        return "person" + i;
    }

    /** Breadth- and depth-first search from {@code start}, on one topology of the graph. */
    public static Reach search(Graph graph, String start) {
        Topology topology = graph.topology();
        BfsResult bfs = Traversal.bfs(topology, start, Direction.OUT);
        NodeInts hops = bfs.distances();
        int[] order = bfs.order();
        // The visit order is by distance, so the last person visited is a farthest one; the first
        // of those is the one found first at that distance.
        int maxHops = hops.get(order[bfs.reachedCount() - 1]);
        int[] peopleAtHops = new int[maxHops + 1];
        int farthest = -1;
        for (int i = 0; i < bfs.reachedCount(); i++) {
            int v = order[i];
            peopleAtHops[hops.get(v)]++;
            if (farthest < 0 && hops.get(v) == maxHops) {
                farthest = v;
            }
        }
        String farthestId = topology.id(farthest);
        DfsResult dfs = Traversal.dfs(topology, start, Direction.OUT);
        return new Reach(
                bfs.reachedCount(),
                Arrays.stream(peopleAtHops).boxed().toList(),
                farthestId,
                bfs.pathTo(farthestId),
                dfs.preorderIds(),
                dfs.postorderIds());
    }
}
