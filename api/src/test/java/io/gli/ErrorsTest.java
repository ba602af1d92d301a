package io.gli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Messages quote IDs so that any string, however strange or long, reads unambiguously. */
class ErrorsTest {

    @Test
    void quotesAndEscapes() {
        assertEquals("\"a\"", Errors.quote("a"));
        assertEquals("\"say \\\"hi\\\"\"", Errors.quote("say \"hi\""));
        assertEquals("\"a\\nb\\tc\\u0000d\\\\\"", Errors.quote("a\nb\tc\u0000d\\"));
        assertEquals("\"a->b é 漢\"", Errors.quote("a->b é 漢"));
        assertEquals("null", Errors.quote(null));
    }

    @Test
    void shortensLongStringsAndSaysHowLongTheyWere() {
        String quoted = Errors.quote("x".repeat(1_000_000));
        assertTrue(quoted.length() < 120, quoted);
        assertTrue(quoted.endsWith("... (1000000 chars)"), quoted);
    }

    @Test
    void neverCutsASurrogatePair() {
        String emoji = "\uD83D\uDE00";
        String id = "x".repeat(79) + emoji + "tail";
        String quoted = Errors.quote(id);
        assertTrue(quoted.startsWith("\"" + "x".repeat(79) + "\""), quoted);
    }

    @Test
    void messagesNameTheElement() {
        assertEquals("node \"a\" not found", new NodeNotFoundException("a").getMessage());
        assertEquals(
                "edge from \"a\" to \"b\" not found",
                new EdgeNotFoundException("a", "b").getMessage());
        assertTrue(
                new NodeExistsException("a").getMessage().startsWith("node \"a\" already exists"));
        assertTrue(
                new EdgeExistsException("a", "b")
                        .getMessage()
                        .startsWith("edge from \"a\" to \"b\" already exists"));
        BatchException batch =
                new BatchException(2, "addNode(\"a\")", new NodeExistsException("a"));
        assertEquals(2, batch.operationIndex());
        assertTrue(
                batch.getMessage()
                        .startsWith(
                                "batch operation #2 addNode(\"a\") failed, nothing was applied: node \"a\""),
                batch.getMessage());
    }
}
