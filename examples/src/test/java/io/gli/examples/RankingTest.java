package io.gli.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Graph;
import io.gli.algo.NodeDoubles;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {
    @Test
    void theWebGraphsRanksSumToOneAndTheTopTenComeHighestFirst() {
        Graph graph = Ranking.build(1_000);

        Ranking.Figures figures = Ranking.analyze(graph);

        assertEquals(3 * 1_000 - 6, graph.edgeCount());
        NodeDoubles ranks = figures.pageRank().ranks();
        assertTrue(figures.pageRank().converged());
        assertEquals(1.0, ranks.sum(), 1e-9);
        List<String> top = figures.top();
        assertEquals(10, top.size());
        for (int i = 1; i < top.size(); i++) {
            assertTrue(ranks.get(top.get(i - 1)) >= ranks.get(top.get(i)), top.toString());
        }
        for (String page : graph.nodes()) {
            assertTrue(top.contains(page) || ranks.get(page) <= ranks.get(top.get(9)), page);
        }
        assertEquals((3 * 1_000 - 6) / 1_000.0, figures.inDegrees().mean(), 1e-12);
        assertEquals(0, figures.inDegrees().min(), "the newest page has no links yet");
        // Each page after the third adds three links to older ones: peeling the newest first
        // never meets more than three, and the oldest four are a complete graph, a 3-core.
        assertEquals(3, figures.maxCore());
    }

    @Test
    void aCycleRanksEveryPageAlike() {
        Graph graph = Graph.open();
        graph.addNodes(List.of("a", "b", "c", "d"));
        graph.addEdge("a", "b");
        graph.addEdge("b", "c");
        graph.addEdge("c", "d");
        graph.addEdge("d", "a");

        Ranking.Figures figures = Ranking.analyze(graph);

        for (String page : graph.nodes()) {
            assertEquals(0.25, figures.pageRank().ranks().get(page), 1e-9);
        }
        assertEquals(List.of("a", "b", "c", "d"), figures.top(), "ties in node order");
        assertEquals(0, figures.triangles());
        assertEquals(2, figures.maxCore());
    }

    @Test
    void aHubLinkedByEveryPageRanksFirst() {
        Graph graph = Graph.open();
        graph.addNodes(List.of("hub", "p1", "p2", "p3", "p4"));
        for (String page : List.of("p1", "p2", "p3", "p4")) {
            graph.addEdge(page, "hub");
        }

        Ranking.Figures figures = Ranking.analyze(graph);

        NodeDoubles ranks = figures.pageRank().ranks();
        assertEquals("hub", figures.top().get(0));
        assertEquals(ranks.get("p1"), ranks.get("p4"));
        assertEquals(4, figures.inDegrees().max());
        assertEquals(0.8, figures.inDegrees().mean(), 1e-12);
    }

    @Test
    void fourPagesAllLinkedMakeFourTrianglesAndAThreeCore() {
        // Each pair linked one way: the undirected graph underneath is the complete graph K4.
        Graph graph = Graph.open();
        graph.addNodes(List.of("a", "b", "c", "d"));
        List<String> pages = graph.nodes();
        for (int i = 0; i < pages.size(); i++) {
            for (int j = i + 1; j < pages.size(); j++) {
                graph.addEdge(pages.get(i), pages.get(j));
            }
        }

        Ranking.Figures figures = Ranking.analyze(graph);

        assertEquals(4, figures.triangles());
        assertEquals(1.0, figures.averageClustering(), 1e-12);
        assertEquals(3, figures.maxCore());
    }
}
