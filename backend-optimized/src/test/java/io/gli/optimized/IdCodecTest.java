package io.gli.optimized;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link IdCodec}: lossless for every UTF-16 unit, ASCII byte for byte, compared without decoding.
 */
class IdCodecTest {
    private static final String[] IDS = {
        "", "node_1", "é", "\u07ff\u0800\uffff", "\uD800", "x\uDC00", "\uD83D\uDE00", "a\u0000b",
    };

    @Test
    void roundTripsMatchesAndHashesEveryUnit() {
        for (String id : IDS) {
            byte[] a = new byte[2 + (int) IdCodec.encodedLength(id) + 2];
            int end = IdCodec.encode(id, a, 2);
            assertEquals(2 + IdCodec.encodedLength(id), end);
            assertEquals(id, IdCodec.decode(a, 2, end, false));
            assertTrue(IdCodec.matches(a, 2, end, id), id);
            assertFalse(IdCodec.matches(a, 2, end, id + "x"), id);
            assertEquals(id.hashCode(), IdCodec.hash(a, 2, end, false), id);
        }
    }

    @Test
    void asciiIsItsCharacters() {
        byte[] a = new byte[8];
        assertTrue(IdCodec.copyIfAscii("node_1", a, 1, false));
        assertEquals("node_1", IdCodec.decode(a, 1, 7, true));
        assertEquals("node_1".hashCode(), IdCodec.hash(a, 1, 7, true));
        assertFalse(IdCodec.copyIfAscii("é1", a, 1, false));
        assertFalse(IdCodec.copyIfAscii("\u0161" + "1", a, 1, false), "U+0161 truncates to 'a'");
    }
}
