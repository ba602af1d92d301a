package io.gli.algo;

import java.util.concurrent.CancellationException;

/** How a long run stops when its thread is interrupted. */
final class Interrupts {
    /**
     * How much work (list entries or nodes visited) may pass between two checks: a check is a
     * volatile read, too dear per edge, and 2<sup>16</sup> entries take well under a millisecond.
     */
    static final int CHECK_EVERY = 1 << 16;

    private Interrupts() {}

    /**
     * Throws if the current thread is interrupted, leaving the flag set so that the caller's caller
     * sees it too.
     *
     * @throws CancellationException naming the algorithm
     */
    static void check(String algorithm) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException(algorithm + " stopped: its thread was interrupted");
        }
    }
}
