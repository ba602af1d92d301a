package io.gli.bench;

import io.gli.BackendInfo;
import io.gli.Backends;
import io.gli.Graph;
import io.gli.monitor.GraphMonitor;
import java.util.ArrayList;
import java.util.List;

/**
 * The subjects a report compares: every GLI backend {@link java.util.ServiceLoader} finds, in
 * priority order (so no backend name is written here), then the peer libraries.
 */
final class Subjects {
    static final String JGRAPHT = "JGraphT";
    static final String GUAVA = "Guava";
    static final List<String> PEERS = List.of(JGRAPHT, GUAVA);

    /**
     * The value JMH's {@code @Param} defaults need: the highest-priority backend. The report always
     * names every subject; this only serves someone running a benchmark by hand.
     */
    static final String DEFAULT = "default";

    /**
     * Names a backend's graph wrapped in a {@link GraphMonitor} with its defaults: {@code
     * monitored:optimized}.
     */
    static final String MONITORED = "monitored:";

    private Subjects() {}

    /** The GLI backends present, highest priority first. */
    static List<String> backends() {
        return Backends.available().stream().map(BackendInfo::name).toList();
    }

    /** Backends, then peers. */
    static List<String> all() {
        List<String> all = new ArrayList<>(backends());
        all.addAll(PEERS);
        return all;
    }

    /** The subject measuring {@code backend} through a monitor. */
    static String monitored(String backend) {
        return MONITORED + backend;
    }

    /**
     * A new, empty, directed subject; {@code expectedNodes} and {@code expectedEdges} are size
     * hints.
     */
    static Subject create(String name, int expectedNodes, int expectedEdges) {
        if (name.startsWith(MONITORED)) {
            Graph graph =
                    openGraph(name.substring(MONITORED.length()), expectedNodes, expectedEdges);
            return new GliSubject(GraphMonitor.create().wrap(graph));
        }
        return switch (name) {
            case JGRAPHT -> new JGraphTSubject();
            case GUAVA -> new GuavaSubject(expectedNodes);
            default -> new GliSubject(openGraph(name, expectedNodes, expectedEdges));
        };
    }

    /**
     * A subject of the algorithm rows: JGraphT, or a GLI backend, holding {@code graph} in {@code
     * form}.
     */
    static AlgorithmSubject algorithmSubject(
            String name, GeneratedGraph graph, AlgorithmSubject.Form form) {
        return JGRAPHT.equals(name)
                ? new JGraphTAlgorithmSubject(graph, form)
                : new GliAlgorithmSubject(name, graph, form);
    }

    /** A subject of the Loading table's read and write rows: JGraphT's jgrapht-io, or a backend. */
    static LoadingSubject loadingSubject(String name) {
        return JGRAPHT.equals(name) ? new JGraphTLoadingSubject() : new GliLoadingSubject(name);
    }

    static Graph openGraph(String backend, int expectedNodes, int expectedEdges) {
        return Graph.builder()
                .backend(DEFAULT.equals(backend) ? null : backend)
                .expectedNodes(expectedNodes)
                .expectedEdges(expectedEdges)
                .open();
    }
}
