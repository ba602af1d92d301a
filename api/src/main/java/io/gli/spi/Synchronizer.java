package io.gli.spi;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * How a store is guarded: the API layer runs every point read of a store through {@link #read} or
 * {@link #readInt}, every whole-graph read through {@link #readAll} and every change through {@link
 * #write}. Reads may run concurrently with each other; writes exclude reads and other writes, so a
 * reader never observes part of a write.
 *
 * <p>Point reads take their inputs as arguments and their body as a {@link Query} that captures
 * nothing, so that a lookup allocates nothing: per-call garbage streaming through the young
 * generation evicts the graph itself from the CPU caches.
 *
 * <p>A store with a cheaper scheme (optimistic reads, published snapshots) supplies its own
 * implementation; {@link #readWriteLock()} is the default.
 */
public interface Synchronizer {

    /** A point read of a store with up to three string inputs (unused ones are null). */
    @FunctionalInterface
    interface Query<R> {
        R run(GraphStore store, String first, String second, String third);
    }

    /** A point read of a store returning an int, with up to two string inputs. */
    @FunctionalInterface
    interface IntQuery {
        int run(GraphStore store, String first, String second);
    }

    /** A point read of a store returning a long, with up to three string inputs. */
    @FunctionalInterface
    interface LongQuery {
        long run(GraphStore store, String first, String second, String third);
    }

    /**
     * Runs a point read and returns its result. The query may run more than once (an optimistic
     * scheme retries it), so it must have no effect but its result.
     */
    <R> R read(GraphStore store, String first, String second, String third, Query<R> query);

    /** Runs a point read returning an int, without boxing; same rules as {@link #read}. */
    int readInt(GraphStore store, String first, String second, IntQuery query);

    /**
     * Runs a point read returning a long, without boxing; same rules as {@link #read}. The default
     * runs it through {@link #read}, boxed; a synchronizer that cares about the allocation
     * implements it directly.
     */
    default long readLong(
            GraphStore store, String first, String second, String third, LongQuery query) {
        return read(store, first, second, third, (s, a, b, c) -> query.run(s, a, b, c));
    }

    /**
     * Runs a read that visits the whole graph (a snapshot of all nodes or edges). An optimistic
     * scheme should take a real read lock here: such a body is long, so it would rarely validate,
     * and it allocates in proportion to what it reads.
     */
    <T> T readAll(Supplier<T> body);

    /** Runs a change exclusively: no read or other write overlaps it. */
    void write(Runnable body);

    /** A synchronizer backed by a non-fair {@link ReentrantReadWriteLock}. */
    static Synchronizer readWriteLock() {
        ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        return new Synchronizer() {
            @Override
            public <R> R read(
                    GraphStore store, String first, String second, String third, Query<R> query) {
                lock.readLock().lock();
                try {
                    return query.run(store, first, second, third);
                } finally {
                    lock.readLock().unlock();
                }
            }

            @Override
            public int readInt(GraphStore store, String first, String second, IntQuery query) {
                lock.readLock().lock();
                try {
                    return query.run(store, first, second);
                } finally {
                    lock.readLock().unlock();
                }
            }

            @Override
            public long readLong(
                    GraphStore store, String first, String second, String third, LongQuery query) {
                lock.readLock().lock();
                try {
                    return query.run(store, first, second, third);
                } finally {
                    lock.readLock().unlock();
                }
            }

            @Override
            public <T> T readAll(Supplier<T> body) {
                lock.readLock().lock();
                try {
                    return body.get();
                } finally {
                    lock.readLock().unlock();
                }
            }

            @Override
            public void write(Runnable body) {
                lock.writeLock().lock();
                try {
                    body.run();
                } finally {
                    lock.writeLock().unlock();
                }
            }
        };
    }
}
