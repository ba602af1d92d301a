package io.gli.io;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Small GraphML documents for the tests, written inline. */
final class GraphmlFiles {
    private GraphmlFiles() {}

    /** A document with these key declarations and one graph of this direction and content. */
    static String document(String keys, String edgeDefault, String graph) {
        return "<?xml version='1.0' encoding='UTF-8'?>\n"
                + "<graphml xmlns='http://graphml.graphdrawing.org/xmlns'>\n"
                + keys
                + "\n<graph edgedefault='"
                + edgeDefault
                + "'>\n"
                + graph
                + "\n</graph>\n</graphml>\n";
    }

    static InputStream stream(String document) {
        return new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8));
    }
}
