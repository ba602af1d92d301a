package io.gli.bench;

import com.google.gson.Gson;
import io.gli.tck.RetainedSize;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Memory per element, measured with JOL: the retained size of a subject holding N elements minus
 * that of the same subject without them, divided by N. Everything reachable from the subject is
 * counted — IDs, attribute values, indexes — and nothing else. Run in a JVM of its own per subject
 * (see {@link Report}), it prints one JSON object: row key to bytes per element.
 */
public final class MemoryProbe {

    /** A row of the memory table. */
    enum Row {
        EMPTY_NODE("Empty node"),
        NODE_5_ATTRIBUTES("Node + 5 attributes"),
        SIMPLE_EDGE("Simple edge"),
        EDGE_3_ATTRIBUTES("Edge + 3 attributes"),
        SHARED_ATTRIBUTE_SET("Node sharing one attribute set (10,000)");

        final String label;

        Row(String label) {
            this.label = label;
        }
    }

    /** Nodes in the shared-attribute row, as in the guide's example. */
    static final int SHARED_NODES = 10_000;

    private MemoryProbe() {}

    /** Arguments: subject name, element count. */
    public static void main(String[] args) {
        String subject = args[0];
        int n = Integer.parseInt(args[1]);
        Map<String, Double> perElement = measure(subject, n);
        System.out.println(new Gson().toJson(perElement));
    }

    static Map<String, Double> measure(String subject, int n) {
        String[] ids = Workload.nodeIds(n);
        int[][] edges = Workload.randomEdges(n, n, Workload.SEED);
        Map<String, Double> rows = new LinkedHashMap<>();

        long empty = size(Subjects.create(subject, 0, 0));
        long nodesOnly = size(withNodes(subject, ids, i -> Map.of()));
        rows.put(Row.EMPTY_NODE.name(), (double) (nodesOnly - empty) / n);
        long nodesWithAttributes = size(withNodes(subject, ids, Workload::fiveNodeAttributes));
        rows.put(Row.NODE_5_ATTRIBUTES.name(), (double) (nodesWithAttributes - empty) / n);

        long simpleEdges = size(withEdges(subject, ids, edges, i -> Map.of()));
        rows.put(Row.SIMPLE_EDGE.name(), (double) (simpleEdges - nodesOnly) / n);
        long attributedEdges = size(withEdges(subject, ids, edges, Workload::threeEdgeAttributes));
        rows.put(Row.EDGE_3_ATTRIBUTES.name(), (double) (attributedEdges - nodesOnly) / n);

        String[] shared = Workload.nodeIds(SHARED_NODES);
        long sharedSet = size(withNodes(subject, shared, i -> Workload.sharedAttributes()));
        rows.put(Row.SHARED_ATTRIBUTE_SET.name(), (double) (sharedSet - empty) / SHARED_NODES);
        return rows;
    }

    private static Subject withNodes(
            String subject, String[] ids, IntFunction<Map<String, Object>> attributes) {
        Subject target = Subjects.create(subject, 0, 0);
        for (int i = 0; i < ids.length; i++) {
            target.addNode(ids[i], attributes.apply(i));
        }
        return target;
    }

    private static Subject withEdges(
            String subject,
            String[] ids,
            int[][] edges,
            IntFunction<Map<String, Object>> attributes) {
        Subject target = withNodes(subject, ids, i -> Map.of());
        for (int i = 0; i < edges[0].length; i++) {
            target.addEdge(ids[edges[0][i]], ids[edges[1][i]], attributes.apply(i));
        }
        return target;
    }

    private static long size(Subject subject) {
        return new RetainedSize().of(subject.footprintRoot());
    }
}
