package io.gli.monitor;

import io.gli.Graph;
import io.gli.tck.GraphDecorator;

/**
 * Wraps every graph the TCK opens with one shared monitor, named to the kit by {@code
 * gli.tck.decorator} in {@link MonitoredTckTest}. Sharing one monitor across the kit's graphs and
 * threads is itself part of what is tested.
 */
public final class MonitoringDecorator implements GraphDecorator {
    static final GraphMonitor MONITOR = GraphMonitor.create();

    @Override
    public Graph decorate(Graph opened) {
        return MONITOR.wrap(opened);
    }

    @Override
    public String toString() {
        return "GraphMonitor";
    }
}
