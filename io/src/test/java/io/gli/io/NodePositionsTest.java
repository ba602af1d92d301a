package io.gli.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodePositionsTest {
    @Test
    void everyIdIsFoundAtItsPosition() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            ids.add("n" + i);
        }
        // equal hash codes ("Aa" and "BB"), and strings equal to none: probes must compare
        ids.addAll(List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "\u0000", "\ud800"));
        NodePositions positions = new NodePositions(ids);
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(i, positions.indexOf(new String(ids.get(i))), ids.get(i));
        }
        assertEquals(-1, positions.indexOf("BBAa"));
        assertEquals(-1, positions.indexOf("n5000"));
        assertEquals(-1, new NodePositions(List.of()).indexOf("a"));
    }

    @Test
    void aRepeatedIdIsRefused() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new NodePositions(List.of("a", "b", "a")));
        assertTrue(e.getMessage().contains("\"a\""), e.getMessage());
    }
}
