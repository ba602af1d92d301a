package io.gli.optimized;

import io.gli.spi.GraphStore;
import io.gli.spi.Synchronizer;
import java.util.concurrent.locks.StampedLock;
import java.util.function.Supplier;

/**
 * Point reads run optimistically under a {@link StampedLock}: no write to shared memory, so readers
 * on different cores do not contend. A read that overlapped a write is detected by {@link
 * StampedLock#validate} and run again under the read lock; an exception it threw while overlapping
 * (torn state can index out of bounds) is discarded the same way. Whole-graph reads and all writes
 * take the lock. A batch is one write, so readers see all of it or none.
 *
 * <p>Queries run optimistically must only read, must bound every loop and allocation by what they
 * read (the store's reads do), and may run twice.
 */
final class StampedSynchronizer implements Synchronizer {
    private final StampedLock lock = new StampedLock();

    @Override
    public <R> R read(GraphStore store, String first, String second, String third, Query<R> query) {
        long stamp = lock.tryOptimisticRead();
        if (stamp != 0) {
            try {
                R result = query.run(store, first, second, third);
                if (lock.validate(stamp)) {
                    return result;
                }
            } catch (RuntimeException e) {
                if (lock.validate(stamp)) {
                    throw e; // a real failure of a consistent read
                }
            }
        }
        return lockedRead(store, first, second, third, query);
    }

    private <R> R lockedRead(
            GraphStore store, String first, String second, String third, Query<R> query) {
        long stamp = lock.readLock();
        try {
            return query.run(store, first, second, third);
        } finally {
            lock.unlockRead(stamp);
        }
    }

    @Override
    public int readInt(GraphStore store, String first, String second, IntQuery query) {
        long stamp = lock.tryOptimisticRead();
        if (stamp != 0) {
            try {
                int result = query.run(store, first, second);
                if (lock.validate(stamp)) {
                    return result;
                }
            } catch (RuntimeException e) {
                if (lock.validate(stamp)) {
                    throw e;
                }
            }
        }
        long locked = lock.readLock();
        try {
            return query.run(store, first, second);
        } finally {
            lock.unlockRead(locked);
        }
    }

    @Override
    public long readLong(
            GraphStore store, String first, String second, String third, LongQuery query) {
        long stamp = lock.tryOptimisticRead();
        if (stamp != 0) {
            try {
                long result = query.run(store, first, second, third);
                if (lock.validate(stamp)) {
                    return result;
                }
            } catch (RuntimeException e) {
                if (lock.validate(stamp)) {
                    throw e;
                }
            }
        }
        long locked = lock.readLock();
        try {
            return query.run(store, first, second, third);
        } finally {
            lock.unlockRead(locked);
        }
    }

    @Override
    public <T> T readAll(Supplier<T> body) {
        long stamp = lock.readLock();
        try {
            return body.get();
        } finally {
            lock.unlockRead(stamp);
        }
    }

    @Override
    public void write(Runnable body) {
        long stamp = lock.writeLock();
        try {
            body.run();
        } finally {
            lock.unlockWrite(stamp);
        }
    }
}
