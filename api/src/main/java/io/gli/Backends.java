package io.gli;

import io.gli.spi.GraphBackend;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The backends on the class path, found with {@link ServiceLoader} each time they are asked for,
 * through the thread's context class loader, so that class paths assembled at run time (plugins,
 * test kits) are seen as they are now.
 */
public final class Backends {
    private static final Comparator<GraphBackend> BY_PRIORITY =
            Comparator.comparingInt(GraphBackend::priority)
                    .reversed()
                    .thenComparing(GraphBackend::name);

    private Backends() {}

    /** The backends present, highest priority first (ties by name). */
    public static List<BackendInfo> available() {
        List<BackendInfo> infos = new ArrayList<>();
        for (GraphBackend backend : load()) {
            infos.add(
                    new BackendInfo(
                            backend.name(),
                            backend.description(),
                            backend.priority(),
                            backend.capabilities()));
        }
        return List.copyOf(infos);
    }

    /**
     * The backend bidding highest for a graph of these expected sizes (see {@link
     * GraphBackend#priorityFor(long, long)}); ties by name.
     */
    static GraphBackend preferred(long expectedNodes, long expectedEdges) {
        List<GraphBackend> all = load();
        if (all.isEmpty()) {
            throw Errors.noBackend();
        }
        return all.stream()
                .min(
                        Comparator.comparingInt(
                                        (GraphBackend b) ->
                                                b.priorityFor(expectedNodes, expectedEdges))
                                .reversed()
                                .thenComparing(GraphBackend::name))
                .orElseThrow();
    }

    /** The backend with this name. */
    static GraphBackend named(String name) {
        List<GraphBackend> all = load();
        for (GraphBackend backend : all) {
            if (backend.name().equals(name)) {
                return backend;
            }
        }
        throw new UnknownBackendException(name, all.stream().map(GraphBackend::name).toList());
    }

    private static List<GraphBackend> load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = Backends.class.getClassLoader();
        }
        Map<String, GraphBackend> byName = new HashMap<>();
        List<GraphBackend> all = new ArrayList<>();
        for (GraphBackend backend : ServiceLoader.load(GraphBackend.class, loader)) {
            Errors.checkBackendName(backend.name());
            GraphBackend previous = byName.putIfAbsent(backend.name(), backend);
            if (previous != null) {
                if (previous.getClass() == backend.getClass()) {
                    continue; // the same provider reached through two class path entries
                }
                throw Errors.duplicateBackend(backend.name(), previous, backend);
            }
            all.add(backend);
        }
        all.sort(BY_PRIORITY);
        return all;
    }
}
