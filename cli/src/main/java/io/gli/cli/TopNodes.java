package io.gli.cli;

import io.gli.algo.NodeDoubles;
import io.gli.algo.NodeInts;
import io.gli.algo.NodeLongs;
import io.gli.algo.NodeValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;

/** The nodes of highest value in a result, and how a value is printed. */
final class TopNodes {
    private TopNodes() {}

    /**
     * The indices of the {@code k} present nodes of highest value, highest first (or of lowest,
     * lowest first), ties broken by node order; one pass with a heap of {@code k}, so a
     * million-node result is not sorted whole.
     */
    static List<Integer> best(NodeValues values, int k, boolean lowestFirst) {
        if (k <= 0) {
            return List.of();
        }
        int sign = lowestFirst ? -1 : 1;
        java.util.Comparator<Integer> ranking = (a, b) -> compare(values, a, b, sign);
        // the heap's head is the weakest of the best so far
        PriorityQueue<Integer> best = new PriorityQueue<>(ranking.reversed());
        for (int v = 0; v < values.size(); v++) {
            if (!values.isPresent(v)) {
                continue;
            }
            if (best.size() < k) {
                best.add(v);
            } else if (ranking.compare(v, best.peek()) < 0) {
                best.poll();
                best.add(v);
            }
        }
        List<Integer> out = new ArrayList<>(best);
        out.sort(ranking);
        return out;
    }

    /**
     * Negative if {@code a} ranks before {@code b}: higher value ({@code sign} 1) or lower ({@code
     * sign} -1), then lower index.
     */
    private static int compare(NodeValues values, int a, int b, int sign) {
        int byValue = sign * Double.compare(value(values, b), value(values, a));
        return byValue != 0 ? byValue : Integer.compare(a, b);
    }

    private static double value(NodeValues values, int v) {
        if (values instanceof NodeDoubles d) {
            return d.get(v);
        } else if (values instanceof NodeLongs l) {
            return l.get(v);
        }
        return ((NodeInts) values).get(v);
    }

    /** A group of nodes sharing a label: its size and its first node in node order. */
    record Group(int label, int size, int first) {}

    /** The {@code k} largest groups of {@code labels}, largest first, ties by first node. */
    static List<Group> largestGroups(NodeInts labels, int k) {
        Map<Integer, int[]> groups = new HashMap<>(); // label -> {size, first node}
        for (int v = 0; v < labels.size(); v++) {
            if (labels.isPresent(v)) {
                int[] group = groups.computeIfAbsent(labels.get(v), label -> new int[] {0, -1});
                if (group[0]++ == 0) {
                    group[1] = v;
                }
            }
        }
        List<Group> out = new ArrayList<>();
        groups.forEach((label, group) -> out.add(new Group(label, group[0], group[1])));
        out.sort(Comparator.comparingInt(Group::size).reversed().thenComparingInt(Group::first));
        return out.subList(0, Math.min(Math.max(k, 0), out.size()));
    }

    /** A value as the table prints it: doubles with up to 6 significant digits. */
    static String text(Object value) {
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.6g", d);
        }
        return String.valueOf(value);
    }
}
