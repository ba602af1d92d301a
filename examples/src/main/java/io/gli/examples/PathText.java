package io.gli.examples;

import java.util.List;

/** A path of node IDs as one short line of text, for printing. */
final class PathText {
    private PathText() {}

    /** The IDs joined by arrows; the middle of a path of more than 8 elided. */
    static String of(List<String> path) {
        if (path.size() <= 8) {
            return String.join(" -> ", path);
        }
        int n = path.size();
        return String.join(" -> ", path.subList(0, 4))
                + " -> ... -> "
                + String.join(" -> ", path.subList(n - 3, n));
    }
}
