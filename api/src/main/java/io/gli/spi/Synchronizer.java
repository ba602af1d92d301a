package io.gli.spi;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * How a store is guarded: the API layer runs every read of a store through {@link #read} and every
 * change through {@link #write}. Reads may run concurrently with each other; writes exclude reads
 * and other writes, so a reader never observes part of a write.
 *
 * <p>A store with a cheaper scheme (optimistic reads, published snapshots) supplies its own
 * implementation; {@link #readWriteLock()} is the default.
 */
public interface Synchronizer {

    /**
     * Runs a read and returns its result. The body may run more than once (an optimistic scheme
     * retries it), so it must have no effect but its result.
     */
    <T> T read(Supplier<T> body);

    /**
     * Runs a read that visits the whole graph (a snapshot of all nodes or edges). An optimistic
     * scheme should take a real read lock here: such a body is long, so it would rarely validate,
     * and it allocates in proportion to what it reads. The default runs it like any read.
     */
    default <T> T readAll(Supplier<T> body) {
        return read(body);
    }

    /** Runs a read returning an int, without boxing. */
    int readInt(IntSupplier body);

    /** Runs a change exclusively: no read or other write overlaps it. */
    void write(Runnable body);

    /** A synchronizer backed by a non-fair {@link ReentrantReadWriteLock}. */
    static Synchronizer readWriteLock() {
        ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        return new Synchronizer() {
            @Override
            public <T> T read(Supplier<T> body) {
                lock.readLock().lock();
                try {
                    return body.get();
                } finally {
                    lock.readLock().unlock();
                }
            }

            @Override
            public int readInt(IntSupplier body) {
                lock.readLock().lock();
                try {
                    return body.getAsInt();
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
