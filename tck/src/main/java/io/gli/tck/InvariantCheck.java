package io.gli.tck;

import io.gli.Graph;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Checks the invariants of every graph a test opened through its {@link Fixture}, once the test has
 * passed.
 */
final class InvariantCheck implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        Fixture.takeOpened();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        var graphs = Fixture.takeOpened();
        if (context.getExecutionException().isPresent()) {
            return; // the test's own failure is the one worth reporting
        }
        for (Graph graph : graphs) {
            Invariants.check(graph);
        }
    }
}
