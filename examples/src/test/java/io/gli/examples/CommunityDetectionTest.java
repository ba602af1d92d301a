package io.gli.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Edge;
import io.gli.Graph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommunityDetectionTest {
    @Test
    void bothAlgorithmsFindThePlantedTeams() {
        Graph graph = CommunityDetection.build(1_000);

        CommunityDetection.Found found = CommunityDetection.find(graph);

        double planted = plantedModularity(graph);
        for (var communities : List.of(found.labelPropagation(), found.louvain())) {
            assertEquals(40, communities.count());
            assertEquals(40, CommunityDetection.teamsFound(communities));
            assertEquals(planted, communities.modularity(), 1e-9);
        }
    }

    @Test
    void theCheapestBackboneTakesEachTeamsRingAndOneLinkBetweenTeams() {
        // Each team is connected by its cost-1 links (its ring), the teams by the cost-5 chain.
        Graph graph = CommunityDetection.build(1_000);

        CommunityDetection.Found found = CommunityDetection.find(graph);

        assertEquals(999, found.forest().edgeCount());
        assertEquals(
                (1_000 - 40) * CommunityDetection.COST_IN_TEAM
                        + 39 * CommunityDetection.COST_ACROSS,
                found.forest().totalWeight(),
                1e-9);
    }

    @Test
    void theBrokersHaveLinksAcrossTeams() {
        Graph graph = CommunityDetection.build(1_000);

        CommunityDetection.Found found = CommunityDetection.find(graph);

        assertEquals(5, found.brokers().size());
        for (String broker : found.brokers()) {
            assertTrue(CommunityDetection.linksAcross(graph, broker) > 0, broker);
        }
    }

    @Test
    void twoTrianglesJoinedByABridge() {
        // t0p0-t0p1-t0p2 and t1p0-t1p1-t1p2, with the bridge t0p2-t1p0: m = 7, and each triangle
        // has 3 edges and degree 7, so the modularity is 2 (3/7 - (7/14)^2) = 5/14. Every path
        // between the triangles crosses the bridge: 6 of the 10 pairs of others for each end,
        // normalized by 2 / (5 * 4): 0.6.
        Graph graph = Graph.builder().undirected().open();
        graph.addNodes(List.of("t0p0", "t0p1", "t0p2", "t1p0", "t1p1", "t1p2"));
        Map<String, Integer> cost = Map.of(CommunityDetection.COST, 1);
        for (String[] link :
                new String[][] {
                    {"t0p0", "t0p1"},
                    {"t0p1", "t0p2"},
                    {"t0p0", "t0p2"},
                    {"t0p2", "t1p0"},
                    {"t1p0", "t1p1"},
                    {"t1p1", "t1p2"},
                    {"t1p0", "t1p2"}
                }) {
            graph.addEdge(link[0], link[1], cost);
        }

        CommunityDetection.Found found = CommunityDetection.find(graph);

        assertEquals(2, found.louvain().count());
        assertEquals(2, CommunityDetection.teamsFound(found.louvain()));
        assertEquals(2, CommunityDetection.teamsFound(found.labelPropagation()));
        assertEquals(5.0 / 14, found.louvain().modularity(), 1e-12);
        assertEquals(0.6, found.betweenness().get("t0p2"), 1e-12);
        assertEquals(0.6, found.betweenness().get("t1p0"), 1e-12);
        assertEquals(0.0, found.betweenness().get("t0p0"), 1e-12);
        assertEquals(List.of("t0p2", "t1p0", "t0p0", "t0p1", "t1p1"), found.brokers());
        assertEquals(5, found.forest().edgeCount());
        assertEquals(5.0, found.forest().totalWeight(), 1e-12);
    }

    /**
     * The modularity of the teams themselves, from the edge list: the sum over teams of the share
     * of edges inside the team less the square of the share of edge ends in it.
     */
    private static double plantedModularity(Graph graph) {
        double m = graph.edgeCount();
        Map<Integer, Integer> inside = new HashMap<>();
        Map<Integer, Integer> ends = new HashMap<>();
        for (Edge edge : graph.edges()) {
            int a = CommunityDetection.team(edge.source());
            int b = CommunityDetection.team(edge.target());
            if (a == b) {
                inside.merge(a, 1, Integer::sum);
            }
            ends.merge(a, 1, Integer::sum);
            ends.merge(b, 1, Integer::sum);
        }
        double q = 0;
        for (int team : ends.keySet()) {
            double share = ends.get(team) / (2 * m);
            q += inside.getOrDefault(team, 0) / m - share * share;
        }
        return q;
    }
}
