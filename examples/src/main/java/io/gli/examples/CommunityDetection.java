package io.gli.examples;

import io.gli.Graph;
import io.gli.Topology;
import io.gli.algo.Betweenness;
import io.gli.algo.Communities;
import io.gli.algo.CommunityResult;
import io.gli.algo.NodeDoubles;
import io.gli.algo.NodeInts;
import io.gli.algo.SpanningForest;
import io.gli.algo.SpanningForestResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Communities: finding the teams of a collaboration network, then its cheapest backbone and its
 * brokers. People {@code t<team>p<k>} work in teams of 25 (a planted partition, seeded): inside a
 * team each talks to the next (a ring) and to each other colleague with probability 0.3; across
 * teams, team {@code t} talks to team {@code t + 1} through one link, and one person in ten has
 * one more link to someone of another team. Links are undirected and carry a {@code cost}: 1 inside
 * a team, 5 across.
 *
 * <p>Label propagation (LDBC's CDLP) and Louvain (from a seed) on {@code graph.topology()} should
 * both find the teams, with their modularity. On {@code graph.topology("cost")}: the minimum
 * spanning forest, the cheapest set of links that keeps everyone connected (every team's ring
 * holds it together, so it takes {@code n - teams} links at cost 1 and {@code teams - 1} at cost
 * 5), and betweenness centrality by cost, whose top people are the brokers with links across.
 * Betweenness is exact up to 2,000 people and sampled from 500 sources above.
 *
 * <p>Prints the network, then what each algorithm found, for example:
 *
 * <pre>
 * Collaboration network: 1,000 people in 40 teams, 4,683 links (139 across teams)
 * Label propagation: 40 communities after 5 rounds, modularity 0.9221; teams found 40 of 40
 * Louvain (seed 16): 40 communities after 2 levels, modularity 0.9221; teams found 40 of 40
 * Minimum spanning forest by cost: 999 links, total cost 1,155
 * Betweenness by cost (exact), the top 5 brokers:
 *   t12p0      0.1462  (3 links across teams)
 * ...
 * </pre>
 *
 * Run with a number of people as the only argument (default 1,000).
 */
public final class CommunityDetection {
    private CommunityDetection() {}

    /** People per team. */
    public static final int TEAM = 25;

    /** The edge attribute holding a link's cost. */
    public static final String COST = "cost";

    /** The cost of a link inside a team. */
    public static final int COST_IN_TEAM = 1;

    /** The cost of a link across teams. */
    public static final int COST_ACROSS = 5;

    /** The seed of the Louvain run. */
    public static final long SEED = 16;

    /** Betweenness is exact up to this many people, sampled above. */
    public static final int EXACT_BETWEENNESS_UP_TO = 2_000;

    /**
     * What the algorithms found.
     *
     * @param labelPropagation label propagation's communities
     * @param louvain Louvain's communities
     * @param forest the minimum spanning forest by cost
     * @param betweenness normalized betweenness centrality by cost
     * @param brokers the five people of highest betweenness, highest first
     */
    public record Found(
            CommunityResult labelPropagation,
            CommunityResult louvain,
            SpanningForestResult forest,
            NodeDoubles betweenness,
            List<String> brokers) {}

    public static void main(String[] args) {
        Graph graph = build(Arguments.size(args, 1_000));
        int teams = (graph.nodeCount() + TEAM - 1) / TEAM;
        System.out.printf(
                Locale.ROOT,
                "Collaboration network: %,d people in %,d teams, %,d links (%,d across teams)%n",
                graph.nodeCount(),
                teams,
                graph.edgeCount(),
                graph.findEdges(Map.of(COST, COST_ACROSS)).size());
        Found found = find(graph);
        CommunityResult lpa = found.labelPropagation();
        System.out.printf(
                Locale.ROOT,
                "Label propagation: %,d communities after %d rounds, modularity %.4f; teams found"
                        + " %,d of %,d%n",
                lpa.count(),
                lpa.iterations(),
                lpa.modularity(),
                teamsFound(lpa),
                teams);
        CommunityResult louvain = found.louvain();
        System.out.printf(
                Locale.ROOT,
                "Louvain (seed %d): %,d communities after %d levels, modularity %.4f; teams found"
                        + " %,d of %,d%n",
                SEED,
                louvain.count(),
                louvain.iterations(),
                louvain.modularity(),
                teamsFound(louvain),
                teams);
        System.out.printf(
                Locale.ROOT,
                "Minimum spanning forest by cost: %,d links, total cost %,.0f%n",
                found.forest().edgeCount(),
                found.forest().totalWeight());
        System.out.printf(
                Locale.ROOT,
                "Betweenness by cost (%s), the top %d brokers:%n",
                graph.nodeCount() <= EXACT_BETWEENNESS_UP_TO ? "exact" : "sampled",
                found.brokers().size());
        for (String person : found.brokers()) {
            System.out.printf(
                    Locale.ROOT,
                    "  %-10s %.4f  (%d links across teams)%n",
                    person,
                    found.betweenness().get(person),
                    linksAcross(graph, person));
        }
    }

    /**
     * The collaboration network of {@code people} people on the default backend, undirected, in
     * teams of {@link #TEAM} (the last may be smaller), each link with its {@link #COST}. The
     * random links are a seeded draw, the same on every run.
     */
    public static Graph build(int people) {
        Graph graph = Graph.builder().undirected().open();
        Random random = new Random(SEED);
        Map<String, Integer> inTeam = Map.of(COST, COST_IN_TEAM);
        Map<String, Integer> across = Map.of(COST, COST_ACROSS);
        int teams = (people + TEAM - 1) / TEAM;
        graph.batch(
                batch -> {
                    for (int i = 0; i < people; i++) {
                        batch.addNode(person(i));
                    }
                    for (int i = 0; i < people; i++) {
                        int first = i / TEAM * TEAM;
                        int size = Math.min(TEAM, people - first);
                        int next = first + (i - first + 1) % size;
                        if (next != i) {
                            batch.mergeEdge(person(i), person(next), inTeam);
                        }
                        for (int j = i + 1; j < first + size; j++) {
                            if (random.nextDouble() < 0.3) {
                                batch.mergeEdge(person(i), person(j), inTeam);
                            }
                        }
                        if (teams > 1 && random.nextInt(10) == 0) {
                            int other;
                            do {
                                other = random.nextInt(people);
                            } while (other / TEAM == i / TEAM);
                            batch.mergeEdge(person(i), person(other), across);
                        }
                    }
                    for (int team = 0; team + 1 < teams; team++) {
                        int second = Math.min((team + 1) * TEAM + 1, people - 1);
                        batch.mergeEdge(person(team * TEAM), person(second), across);
                    }
                });
        return graph;
    }

    /** The ID of person {@code i}: {@code t<team>p<place in the team>}. */
    public static String person(int i) {
        return "t" + i / TEAM + "p" + i % TEAM;
    }

    /** The team a person ID names. */
    public static int team(String person) {
        return Integer.parseInt(person.substring(1, person.indexOf('p')));
    }

    /** Communities on {@code graph.topology()}; spanning forest and betweenness by cost. */
    public static Found find(Graph graph) {
        Topology topology = graph.topology();
        CommunityResult labelPropagation = Communities.labelPropagation(topology, 100);
        CommunityResult louvain = Communities.louvain(topology, SEED);
        Topology byCost = graph.topology(COST);
        SpanningForestResult forest = SpanningForest.minimum(byCost);
        NodeDoubles betweenness =
                byCost.nodeCount() <= EXACT_BETWEENNESS_UP_TO
                        ? Betweenness.exact(byCost, true)
                        : Betweenness.sampled(byCost, 500, SEED, true);
        List<String> brokers = new ArrayList<>();
        for (int v : TopNodes.of(betweenness, 5)) {
            brokers.add(byCost.id(v));
        }
        return new Found(labelPropagation, louvain, forest, betweenness, brokers);
    }

    /**
     * The number of communities that are exactly one whole team: every member of the same team,
     * and every member of the team in it.
     */
    public static int teamsFound(CommunityResult communities) {
        NodeInts labels = communities.labels();
        Topology topology = labels.topology();
        int[] teamOf = new int[communities.count()];
        int[] members = new int[communities.count()];
        Arrays.fill(teamOf, -1);
        Set<Integer> split = new HashSet<>();
        for (int v = 0; v < topology.nodeCount(); v++) {
            int label = labels.get(v);
            int team = team(topology.id(v));
            if (teamOf[label] < 0) {
                teamOf[label] = team;
            } else if (teamOf[label] != team) {
                split.add(label);
            }
            members[label]++;
        }
        int[] teamSize = new int[topology.nodeCount() / TEAM + 1];
        for (String id : topology.ids()) {
            teamSize[team(id)]++;
        }
        int found = 0;
        for (int label = 0; label < communities.count(); label++) {
            if (!split.contains(label) && members[label] == teamSize[teamOf[label]]) {
                found++;
            }
        }
        return found;
    }

    /** How many of a person's links go to another team. */
    public static int linksAcross(Graph graph, String person) {
        int count = 0;
        for (String other : graph.neighbors(person)) {
            if (team(other) != team(person)) {
                count++;
            }
        }
        return count;
    }
}
