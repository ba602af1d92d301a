package io.gli.monitor;

import io.gli.Graph;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * A graph whose every call takes exactly the time the test says, on a {@link FakeClock}: each call
 * advances the clock by the current cost, then runs on a real graph (or throws what the test
 * planted), so the monitor wrapped around it sees known durations.
 */
final class TimedGraph {
    private final FakeClock clock;
    private final Graph real;
    private long costNanos;
    private RuntimeException planted;

    TimedGraph(FakeClock clock, Graph real) {
        this.clock = clock;
        this.real = real;
    }

    /** Calls from now on take this long. */
    TimedGraph costs(long nanos) {
        this.costNanos = nanos;
        return this;
    }

    /** The next call throws this, after taking its time. */
    TimedGraph throwNext(RuntimeException exception) {
        this.planted = exception;
        return this;
    }

    Graph graph() {
        return (Graph)
                Proxy.newProxyInstance(
                        Graph.class.getClassLoader(),
                        new Class<?>[] {Graph.class},
                        (proxy, method, args) -> {
                            clock.advance(costNanos);
                            if (planted != null) {
                                RuntimeException e = planted;
                                planted = null;
                                throw e;
                            }
                            if (method.getDeclaringClass() == Object.class) {
                                return method.getName().equals("equals")
                                        ? proxy == args[0]
                                        : method.invoke(this, args);
                            }
                            try {
                                return method.invoke(real, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
    }
}
