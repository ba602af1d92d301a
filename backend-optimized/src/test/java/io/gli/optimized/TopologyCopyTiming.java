package io.gli.optimized;

import io.gli.Graph;
import io.gli.Topology;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Times {@link TopologyCopy} by hand, without JMH: not a test, run as a main on the test class
 * path. Builds a random directed graph (1M nodes, 10M edges by default; arguments: nodes, edges,
 * runs), then takes its topology again and again, plain, weighted and with dead nodes, and prints
 * the runs' nanoseconds per edge and the snapshot's array bytes beyond 8 per node and edge.
 */
final class TopologyCopyTiming {
    /**
     * CPU time of this thread, not wall time: on a machine shared with other work, wall time
     * measures the scheduler.
     */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private TopologyCopyTiming() {}

    public static void main(String[] args) {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int edges = args.length > 1 ? Integer.parseInt(args[1]) : 10_000_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        Graph graph =
                Graph.builder()
                        .backend(OptimizedBackend.NAME)
                        .directed()
                        .expectedNodes(nodes)
                        .expectedEdges(edges)
                        .open();
        for (int i = 0; i < nodes; i++) {
            graph.addNode("n" + i);
        }
        SplittableRandom random = new SplittableRandom(42);
        for (int added = 0; added < edges; ) {
            String s = "n" + random.nextInt(nodes);
            String t = "n" + random.nextInt(nodes);
            if (!s.equals(t) && !graph.hasEdge(s, t)) {
                graph.addEdge(s, t, Map.of("w", (long) random.nextInt(1, 10)));
                added++;
            }
        }
        time("unweighted", graph, null, runs);
        time("weighted", graph, "w", runs);
        for (int i = 0; i < nodes; i += 1000) {
            graph.removeNode("n" + i); // 0.1% dead nodes: the renumbering path
        }
        time("unweighted, dead nodes", graph, null, runs);
    }

    private static void time(String name, Graph graph, String key, int runs) {
        double[] nsPerEdge = new double[runs];
        Topology topology = null;
        for (int run = -2; run < runs; run++) { // two warm-up runs
            long start = THREADS.getCurrentThreadCpuTime();
            topology = key == null ? graph.topology() : graph.topology(key);
            long elapsed = THREADS.getCurrentThreadCpuTime() - start;
            if (run >= 0) {
                nsPerEdge[run] = (double) elapsed / topology.edgeCount();
            }
        }
        Arrays.sort(nsPerEdge);
        long n = topology.nodeCount();
        long m = topology.edgeCount();
        System.out.printf(
                "%-24s CPU ns/edge: median %.2f, min %.2f, max %.2f over %d runs;"
                        + " arrayBytes 8 per node and edge + %d (%d nodes, %d edges)%n",
                name,
                nsPerEdge[runs / 2],
                nsPerEdge[0],
                nsPerEdge[runs - 1],
                runs,
                topology.arrayBytes() - 8 * (n + m),
                n,
                m);
    }
}
