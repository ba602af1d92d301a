package io.gli.bench;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The data every benchmark uses, generated the same way for every subject from fixed seeds: node
 * IDs {@code node_<i>}, random edges without duplicates, random query keys, and attribute sets.
 */
final class Workload {
    static final long SEED = 20261124L;

    /** Query keys per benchmark: a power of two, so the next key is an AND away. */
    static final int KEYS = 1 << 14;

    private static final String[] CATEGORIES = {
        "user", "admin", "guest", "premium", "staff", "bot", "partner"
    };
    private static final String[] STATUSES = {"active", "inactive", "pending"};
    private static final String[] KINDS = {"follows", "likes", "blocks", "mentions"};

    private Workload() {}

    static String nodeId(int i) {
        return "node_" + i;
    }

    /** {@code node_0 .. node_<n-1>}. */
    static String[] nodeIds(int n) {
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = nodeId(i);
        }
        return ids;
    }

    /**
     * {@code m} distinct directed edges between random nodes in {@code [0, n)}, as index pairs
     * {@code [sources, targets]}; self-loops included as they come.
     */
    static int[][] randomEdges(int n, int m, long seed) {
        if ((long) n * n < m) {
            throw new IllegalArgumentException(
                    m + " distinct edges do not fit between " + n + " nodes");
        }
        SplittableRandom random = new SplittableRandom(seed);
        Set<Long> seen = new HashSet<>(m * 2);
        int[] sources = new int[m];
        int[] targets = new int[m];
        int k = 0;
        while (k < m) {
            int s = random.nextInt(n);
            int t = random.nextInt(n);
            if (seen.add((long) s * n + t)) {
                sources[k] = s;
                targets[k] = t;
                k++;
            }
        }
        return new int[][] {sources, targets};
    }

    /** {@link #KEYS} random node indices in {@code [from, from + range)}. */
    static int[] randomIndices(int from, int range, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] indices = new int[KEYS];
        for (int i = 0; i < KEYS; i++) {
            indices[i] = from + random.nextInt(range);
        }
        return indices;
    }

    /** The node attribute of the timing rows: {@code value = i}. */
    static Map<String, Object> valueAttribute(int i) {
        return Map.of("value", (long) i);
    }

    /**
     * Five attributes that vary from node to node, as real data does: an integer (distinct for
     * every node, so no two sets are equal), a float, a boolean and two strings from a small
     * vocabulary. Strings arrive as distinct objects, as strings parsed from input do, so that
     * sharing them is the library's work and not the bench's.
     */
    static Map<String, Object> fiveNodeAttributes(int i) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("id", (long) i);
        attributes.put("score", (i % 1000) * 0.25);
        attributes.put("active", i % 3 != 0);
        attributes.put("category", new String(CATEGORIES[i % CATEGORIES.length]));
        attributes.put("status", new String(STATUSES[(i / 7) % STATUSES.length]));
        return attributes;
    }

    /**
     * Three attributes that vary from edge to edge: a float (distinct for every edge, so no two
     * sets are equal and deduplication gains nothing here), a string from a vocabulary, an integer.
     */
    static Map<String, Object> threeEdgeAttributes(int i) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("weight", i * 0.001);
        attributes.put("kind", new String(KINDS[i % KINDS.length]));
        attributes.put("since", 2000L + i % 25);
        return attributes;
    }

    /** The guide's shared attribute set: every node gets an equal map (a distinct copy each). */
    static Map<String, Object> sharedAttributes() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("type", new String("user"));
        attributes.put("status", new String("active"));
        attributes.put("level", 1L);
        return attributes;
    }
}
