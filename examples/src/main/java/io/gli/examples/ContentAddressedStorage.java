package io.gli.examples;

import io.gli.Graph;
import io.gli.MemoryProfile;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The guide's "Content-Addressed Storage": many nodes with one and the same attribute set ({@code
 * type=user, status=active, level=1}), added in one batch.
 *
 * <p>The {@code optimized} backend stores an attribute set once, addressed by its content, and
 * gives each node a 4-byte reference to it; {@code simple} gives every node its own map. Each
 * node's attributes still read back in full, and changing one node's set copies it first, so the
 * others are unaffected.
 *
 * <p>Prints, for each backend, the node attribute bytes per node and the whole graph's memory:
 *
 * <pre>
 * 10,000 nodes sharing {level=1, status=active, type=user}
 * optimized:     4.3 bytes of node attributes per node, 311,064 bytes in all
 * simple:      224.0 bytes of node attributes per node, 4,618,832 bytes in all
 * </pre>
 *
 * Run with a node count as the only argument (default 10,000, the guide's).
 */
public final class ContentAddressedStorage {
    private ContentAddressedStorage() {}

    /** The attributes every node gets. */
    public static final Map<String, Object> COMMON_ATTRIBUTES =
            Map.of("type", "user", "status", "active", "level", 1L);

    /** The graph built and its memory profile. */
    public record Result(Graph graph, MemoryProfile profile) {}

    public static void main(String[] args) {
        int nodes = Arguments.size(args, 10_000);
        System.out.printf(
                Locale.ROOT, "%,d nodes sharing %s%n", nodes, new TreeMap<>(COMMON_ATTRIBUTES));
        for (String backend : List.of("optimized", "simple")) {
            MemoryProfile profile = run(backend, nodes).profile();
            System.out.printf(
                    Locale.ROOT,
                    "%-10s %7.1f bytes of node attributes per node, %,d bytes in all%n",
                    backend + ":",
                    MemoryFigures.nodeAttributeBytesPerNode(profile),
                    profile.totalBytes());
        }
    }

    /**
     * Adds {@code nodes} nodes {@code user_i}, all with {@link #COMMON_ATTRIBUTES}, on the named
     * backend.
     */
    public static Result run(String backend, int nodes) {
        Graph graph = Graph.open(backend);
        graph.batch(
                batch -> {
                    for (int i = 0; i < nodes; i++) {
                        batch.addNode("user_" + i, COMMON_ATTRIBUTES);
                    }
                });
        return new Result(graph, graph.memoryProfile());
    }
}
