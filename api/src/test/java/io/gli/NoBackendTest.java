package io.gli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The api module's tests run with no backend on the class path: the errors must say what to add.
 */
class NoBackendTest {

    @Test
    void noBackendsAreListed() {
        assertEquals(0, Backends.available().size());
    }

    @Test
    void openingTheDefaultNamesTheArtifactsToAdd() {
        IllegalStateException e = assertThrows(IllegalStateException.class, Graph::open);
        assertTrue(e.getMessage().contains("io.gli:gli-backend-simple"), e.getMessage());
        assertTrue(e.getMessage().contains("io.gli:gli-backend-optimized"), e.getMessage());
    }

    @Test
    void openingByNameListsWhatIsAvailable() {
        UnknownBackendException e =
                assertThrows(UnknownBackendException.class, () -> Graph.open("fast"));
        assertEquals("fast", e.name());
        assertEquals(0, e.available().size());
        assertEquals(
                "no backend named \"fast\" on the class path; available: none", e.getMessage());
    }

    @Test
    void builderRefusesBadOptionsBeforeLookingForABackend() {
        assertThrows(NullPointerException.class, () -> Graph.open(null));
        assertThrows(IllegalArgumentException.class, () -> Graph.builder().backend(" "));
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class, () -> Graph.builder().expectedNodes(-5));
        assertTrue(
                e.getMessage().contains("-5") && e.getMessage().contains("expectedNodes"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Graph.builder().expectedEdges(-1));
        assertThrows(IllegalArgumentException.class, () -> new GraphOptions("x", true, 0, -1));
    }
}
