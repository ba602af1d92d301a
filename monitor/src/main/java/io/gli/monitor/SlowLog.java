package io.gli.monitor;

import java.util.ArrayDeque;
import java.util.List;

/** The most recent slow calls, oldest first, and how many there were in all. */
final class SlowLog {
    private final int capacity;
    private final ArrayDeque<SlowOperation> entries;
    private long total;

    SlowLog(int capacity) {
        this.capacity = capacity;
        this.entries = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    // A lock is enough: only calls over the threshold come here, and they are rare by definition.
    synchronized void add(SlowOperation entry) {
        total++;
        if (capacity == 0) {
            return;
        }
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    synchronized List<SlowOperation> entries() {
        return List.copyOf(entries);
    }

    synchronized long total() {
        return total;
    }
}
