package io.gli;

import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;

/**
 * Splits an immutable snapshot list by index, in halves: what {@link Graph#nodeStream} and {@link
 * Graph#edgeStream} stream. Unlike the JDK's spliterators of such lists it reports what is true of
 * a snapshot, {@code IMMUTABLE} and {@code NONNULL}, besides {@code ORDERED}, {@code SIZED} and
 * {@code SUBSIZED}, and it reads elements by index without copying them first, so a backend that
 * decodes IDs lazily decodes them in the parallel workers.
 */
final class SnapshotSpliterator<T> implements Spliterator<T> {
    static final int CHARACTERISTICS = ORDERED | SIZED | SUBSIZED | IMMUTABLE | NONNULL;

    private final List<T> list;
    private int next;
    private final int end;

    private SnapshotSpliterator(List<T> list, int from, int end) {
        this.list = list;
        this.next = from;
        this.end = end;
    }

    /**
     * A spliterator over a snapshot; one that is not random-access is copied into an array first.
     */
    static <T> Spliterator<T> of(List<T> snapshot) {
        if (snapshot instanceof RandomAccess) {
            return new SnapshotSpliterator<>(snapshot, 0, snapshot.size());
        }
        return Spliterators.spliterator(snapshot.toArray(), CHARACTERISTICS);
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        if (next >= end) {
            return false;
        }
        action.accept(list.get(next++));
        return true;
    }

    @Override
    public void forEachRemaining(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        List<T> l = list;
        for (int i = next, e = end; i < e; i++) {
            action.accept(l.get(i));
        }
        next = end;
    }

    @Override
    public Spliterator<T> trySplit() {
        int from = next;
        int middle = (from + end) >>> 1;
        if (middle <= from) {
            return null;
        }
        next = middle;
        return new SnapshotSpliterator<>(list, from, middle);
    }

    @Override
    public long estimateSize() {
        return (long) end - next;
    }

    @Override
    public int characteristics() {
        return CHARACTERISTICS;
    }
}
