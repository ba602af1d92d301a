package io.gli.examples;

import io.gli.Graph;
import io.gli.Topology;
import io.gli.algo.Clustering;
import io.gli.algo.Cores;
import io.gli.algo.DegreeStats;
import io.gli.algo.Degrees;
import io.gli.algo.Direction;
import io.gli.algo.NodeDoubles;
import io.gli.algo.NodeInts;
import io.gli.algo.PageRank;
import io.gli.algo.PageRankResult;
import io.gli.algo.Triangles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Ranking: which pages of a web graph matter. Pages {@code page0} to {@code page<n-1>} are added in
 * order, each linking to up to three earlier pages picked with a probability growing with the links
 * they already have (preferential attachment, seeded): old, much-linked pages become hubs.
 *
 * <p>On one {@code graph.topology()}: PageRank (damping 0.85, tolerance {@value #TOLERANCE}) and
 * its top ten; the in-degree distribution; the triangles and the average clustering coefficient,
 * and the core numbers (these three on the undirected graph underlying the links). Every page after
 * the third adds exactly three links, to older pages, so no core number exceeds 3.
 *
 * <p>Prints the graph and each figure, for example:
 *
 * <pre>
 * Web graph: 100,000 pages, 299,994 links
 * PageRank: converged after 24 iterations (error 8.3e-06); the ranks sum to 1.000000000
 *  rank  page           PageRank  in-links
 *     1  page0          0.128375     5,594
 *     2  page1          0.076095     7,296
 *     3  page2          0.053949     6,593
 *     4  page3          0.022963     4,455
 *     5  page6          0.015967     2,877
 *     6  page4          0.008084     1,551
 *     7  page25         0.006926     1,502
 *     8  page9          0.006224     1,282
 *     9  page14         0.005867     1,152
 *    10  page39         0.004723     1,396
 * In-degree: min 0, mean 3.00, max 7,296
 *    in-links      pages
 *           0     56,992
 *           1     17,312
 *         2-3     12,264
 *         4-7      7,098
 *        8-15      3,619
 *       16-31      1,546
 *       32-63        695
 *      64-127        263
 *     128-255        124
 *     256-511         50
 *    512-1023         24
 *   1024-2047          8
 *   2048-4095          1
 *   4096-7296          4
 * Triangles: 11,880; average clustering coefficient 0.0232
 * Core numbers: the largest 3, 100,000 pages in the 3-core
 * </pre>
 *
 * Run with a number of pages as the only argument (default 100,000).
 */
public final class Ranking {
    private Ranking() {}

    /**
     * PageRank's tolerance. NetworkX's convergence test, which GLI follows, stops once an iteration
     * changes the ranks by less than {@code n * tolerance} in all (L1): its default 1e-6 lets
     * 100,000 ranks summing to 1 stop while they still move by 0.1 in all, so this example asks for
     * less.
     */
    public static final double TOLERANCE = 1e-10;

    /** Links each page adds, to earlier pages. */
    public static final int LINKS_PER_PAGE = 3;

    /**
     * The figures of one topology of a graph.
     *
     * @param pageRank the PageRank run
     * @param top the ten pages of highest rank, highest first (ties in node order)
     * @param inDegrees the distribution of the in-degrees
     * @param triangles the number of triangles of the underlying undirected graph
     * @param averageClustering its average clustering coefficient
     * @param coreNumbers each node's core number
     */
    public record Figures(
            PageRankResult pageRank,
            List<String> top,
            DegreeStats inDegrees,
            long triangles,
            double averageClustering,
            NodeInts coreNumbers) {
        /** The largest core number (0 on a graph without edges). */
        public int maxCore() {
            return Arrays.stream(coreNumbers.toArray()).max().orElse(0);
        }
    }

    public static void main(String[] args) {
        Graph graph = build(Arguments.size(args, 100_000));
        System.out.printf(
                Locale.ROOT,
                "Web graph: %,d pages, %,d links%n",
                graph.nodeCount(),
                graph.edgeCount());
        Figures figures = analyze(graph);
        PageRankResult pageRank = figures.pageRank();
        NodeDoubles ranks = pageRank.ranks();
        System.out.printf(
                Locale.ROOT,
                "PageRank: %s after %d iterations (error %.1e); the ranks sum to %.9f%n",
                pageRank.converged() ? "converged" : "not converged",
                pageRank.iterations(),
                pageRank.error(),
                ranks.sum());
        System.out.printf(
                Locale.ROOT, "%5s  %-12s %10s  %8s%n", "rank", "page", "PageRank", "in-links");
        for (int i = 0; i < figures.top().size(); i++) {
            String page = figures.top().get(i);
            System.out.printf(
                    Locale.ROOT,
                    "%5d  %-12s %10.6f  %,8d%n",
                    i + 1,
                    page,
                    ranks.get(page),
                    graph.inDegree(page));
        }
        DegreeStats in = figures.inDegrees();
        System.out.printf(
                Locale.ROOT,
                "In-degree: min %,d, mean %.2f, max %,d%n",
                in.min(),
                in.mean(),
                in.max());
        System.out.printf(Locale.ROOT, "%11s  %9s%n", "in-links", "pages");
        long[] histogram = in.histogram();
        for (int bucket = 0; bucket < histogram.length; bucket++) {
            int low = DegreeStats.bucketLow(bucket);
            int high = Math.min(DegreeStats.bucketHigh(bucket), in.max());
            String range = low == high ? String.valueOf(low) : low + "-" + high;
            System.out.printf(Locale.ROOT, "%11s  %,9d%n", range, histogram[bucket]);
        }
        System.out.printf(
                Locale.ROOT,
                "Triangles: %,d; average clustering coefficient %.4f%n",
                figures.triangles(),
                figures.averageClustering());
        int maxCore = figures.maxCore();
        long inMaxCore =
                Arrays.stream(figures.coreNumbers().toArray()).filter(c -> c == maxCore).count();
        System.out.printf(
                Locale.ROOT,
                "Core numbers: the largest %d, %,d pages in the %d-core%n",
                maxCore,
                inMaxCore,
                maxCore);
    }

    /**
     * A directed web graph of {@code pages} pages on the default backend: page {@code i} links to
     * {@code min(i, 3)} distinct earlier pages, each picked with a probability proportional to its
     * in-links plus one (a seeded draw, the same on every run), so there are {@code 3 * pages - 6}
     * links from 3 pages on.
     */
    public static Graph build(int pages) {
        Graph graph = Graph.open();
        Random random = new Random(16);
        // Each page once, plus once more per link it receives: a uniform pick from this list is
        // the preferential one.
        List<Integer> picks = new ArrayList<>();
        graph.batch(
                batch -> {
                    for (int page = 0; page < pages; page++) {
                        batch.addNode(page(page));
                        List<Integer> linked = new ArrayList<>();
                        while (linked.size() < Math.min(page, LINKS_PER_PAGE)) {
                            int target = picks.get(random.nextInt(picks.size()));
                            if (!linked.contains(target)) {
                                linked.add(target);
                                batch.addEdge(page(page), page(target));
                            }
                        }
                        picks.addAll(linked);
                        picks.add(page);
                    }
                });
        return graph;
    }

    /** The ID of page {@code i}. */
    public static String page(int i) {
        return "page" + i;
    }

    /** PageRank, in-degrees, triangles, clustering and cores, on one {@code graph.topology()}. */
    public static Figures analyze(Graph graph) {
        Topology topology = graph.topology();
        PageRankResult pageRank = PageRank.builder().tolerance(TOLERANCE).run(topology);
        List<String> top = new ArrayList<>();
        for (int v : TopNodes.of(pageRank.ranks(), 10)) {
            top.add(topology.id(v));
        }
        return new Figures(
                pageRank,
                top,
                Degrees.stats(topology, Direction.IN),
                Triangles.total(topology),
                Clustering.average(topology),
                Cores.coreNumbers(topology));
    }
}
