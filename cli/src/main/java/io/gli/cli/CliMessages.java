package io.gli.cli;

import io.gli.io.GraphFormatException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CancellationException;

/** Every message of the command line that is not picocli's, made in one place. */
final class CliMessages {
    private CliMessages() {}

    /** The one line a failure is reported by: the file, line and problem where the input says. */
    static String describe(Throwable e) {
        if (e instanceof GraphFormatException f) {
            return f.getMessage(); // file:line:column: problem
        }
        if (e instanceof NoSuchFileException f) {
            return f.getFile() + ": no such file";
        }
        if (e instanceof AccessDeniedException f) {
            return f.getFile() + ": permission denied";
        }
        if (e instanceof CancellationException) {
            return "interrupted";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getName() : message;
    }

    static String bothDirections() {
        return "--directed and --undirected exclude each other";
    }

    static String cannotRead(String token) {
        return "the " + token + " format is written, not read";
    }

    static String resultFile(java.nio.file.Path file) {
        return "cannot tell how to write results to "
                + file
                + "; expected a name ending in .csv or .json";
    }

    static String needsSource(String algorithm) {
        return algorithm + " needs a start node: --source NODE";
    }

    static String nodesNeedCsv(java.nio.file.Path file, String token) {
        return "a node table goes with a CSV or TSV edge table; " + file + " is " + token;
    }

    static String withNodesOut(String refusal) {
        return refusal + " (on the command line: --nodes-out FILE)";
    }

    static String needsTarget(String algorithm) {
        return algorithm + " needs an end node: --target NODE";
    }

    static String needsWeight(String algorithm) {
        return algorithm + " needs edge weights: --weight KEY";
    }

    static String noPath(String source, String target) {
        return "no path from " + source + " to " + target;
    }
}
