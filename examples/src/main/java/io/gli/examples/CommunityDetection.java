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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Communities: finding the teams of a collaboration network, then its cheapest backbone and its
 * brokers. People {@code t<team>p<k>} work in teams of 25 (a planted partition, seeded): inside a
 * team each talks to the next (a ring) and to each other colleague with probability 0.5; across
 * teams, team {@code t} talks to team {@code t + 1} through one link, and one person in ten has one
 * more link to someone of another team. Links are undirected and carry a {@code cost}: 1 inside a
 * team, 5 across.
 *
 * <p>Label propagation (LDBC's CDLP) and Louvain (from a seed) on {@code graph.topology()} should
 * both find the teams, with their modularity. On {@code graph.topology("cost")}: the minimum
 * spanning forest, the cheapest set of links that keeps everyone connected (every team's ring holds
 * it together, so it takes {@code n - teams} links at cost 1 and {@code teams - 1} at cost 5), and
 * betweenness centrality by cost, whose top people are the brokers with links across. Betweenness
 * is exact up to 2,000 people and sampled from 500 sources above.
 *
 * <p>On larger networks Louvain begins to merge teams that share a few links, modularity's
 * resolution limit (a run at 5,000 people found 174 of the 200 teams, label propagation all of
 * them); {@link Communities#louvain(Topology, long, double)} with a resolution above 1 counters it.
 *
 * <p>Prints the network, then what each algorithm found, for example:
 *
 * <pre>
 * Collaboration network: 1,000 people in 40 teams, 6,665 links (125 across teams)
 * Label propagation (9 rounds): 40 communities, modularity 0.9562; teams found 40 of 40
 * Louvain (seed 16, 1 level): 40 communities, modularity 0.9562; teams found 40 of 40
 * Minimum spanning forest by cost: 999 links, total cost 1,155
 * Betweenness by cost (exact), the top 5 brokers:
 *   t24p1      0.0628  (3 links across teams)
 *   t28p11     0.0537  (2 links across teams)
 *   t19p0      0.0498  (2 links across teams)
 *   t39p1      0.0476  (2 links across teams)
 *   t19p2      0.0443  (2 links across teams)
 * </pre>
 *
 * Run with a number of people as the only argument (default 1,000).
 */
public final class CommunityDetection {
    private CommunityDetection() {}

    /** People per team. */
    public static final int TEAM = 25;

    /** The probability that two people of the same team are linked, besides the ring. */
    public static final double IN_TEAM_LINK = 0.5;

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
                "Label propagation (%s): %,d communities, modularity %.4f; teams found %,d of"
                        + " %,d%n",
                count(lpa.iterations(), "round"),
                lpa.count(),
                lpa.modularity(),
                teamsFound(lpa),
                teams);
        CommunityResult louvain = found.louvain();
        System.out.printf(
                Locale.ROOT,
                "Louvain (seed %d, %s): %,d communities, modularity %.4f; teams found %,d of"
                        + " %,d%n",
                SEED,
                count(louvain.iterations(), "level"),
                louvain.count(),
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
                    "  %-10s %.4f  (%s across teams)%n",
                    person,
                    found.betweenness().get(person),
                    count(linksAcross(graph, person), "link"));
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
                            if (random.nextDouble() < IN_TEAM_LINK) {
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
     * The number of communities that are exactly one whole team: every member of the same team, and
     * every member of the team in it.
     */
    public static int teamsFound(CommunityResult communities) {
        NodeInts labels = communities.labels();
        Topology topology = labels.topology();
        Map<Integer, Integer> teamSize = new HashMap<>();
        // Each community's team, or -1 once it holds people of two teams.
        Map<Integer, Integer> teamOf = new HashMap<>();
        Map<Integer, Integer> members = new HashMap<>();
        for (int v = 0; v < topology.nodeCount(); v++) {
            int team = team(topology.id(v));
            int label = labels.get(v);
            teamSize.merge(team, 1, Integer::sum);
            teamOf.merge(label, team, (a, b) -> a.equals(b) ? a : -1);
            members.merge(label, 1, Integer::sum);
        }
        int found = 0;
        for (Map.Entry<Integer, Integer> community : teamOf.entrySet()) {
            int team = community.getValue();
            if (team >= 0 && members.get(community.getKey()).equals(teamSize.get(team))) {
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

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
