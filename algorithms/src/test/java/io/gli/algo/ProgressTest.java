package io.gli.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The progress hook: who is called, how often, with what, and what a throwing listener does. */
class ProgressTest {
    /** One call of a listener. */
    private record Call(String stage, long done, long total) {}

    /**
     * Records every call and checks, as they come, the contract that does not depend on the
     * algorithm: the calling thread, never two calls at once, done at least 1 and strictly
     * increasing within a stage, done at most a known total.
     */
    private static final class Recorder implements AlgorithmProgress {
        private final Thread caller = Thread.currentThread();
        private final List<Call> calls = new ArrayList<>();
        private final Map<String, Long> last = new HashMap<>();
        private final AtomicBoolean inside = new AtomicBoolean();

        @Override
        public void progress(String stage, long done, long total) {
            assertFalse(inside.getAndSet(true), "called concurrently");
            try {
                assertSame(caller, Thread.currentThread(), "called on another thread");
                assertTrue(done >= 1, "done " + done + " of " + stage);
                long before = last.getOrDefault(stage, 0L);
                assertTrue(done > before, stage + ": " + done + " after " + before);
                last.put(stage, done);
                assertTrue(total == -1 || total >= 1, "total " + total);
                if (total >= 0) {
                    assertTrue(done <= total, stage + ": " + done + " of " + total);
                }
                calls.add(new Call(stage, done, total));
            } finally {
                inside.set(false);
            }
        }

        List<Call> calls(String stage) {
            assertFalse(calls.isEmpty(), "never called");
            List<Call> of = calls.stream().filter(c -> c.stage().equals(stage)).toList();
            assertEquals(calls.size(), of.size(), "stages other than " + stage + ": " + calls);
            return of;
        }

        Call last(String stage) {
            List<Call> of = calls(stage);
            return of.get(of.size() - 1);
        }
    }

    /** Thrown by a listener, to be seen coming out of the algorithm. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1;

        Stop() {
            super("the listener stops the run");
        }
    }

    /**
     * Runs {@code run} with a listener that throws on its {@code nth} call, and asserts that the
     * algorithm throws that very exception.
     */
    private static void assertListenerStops(int nth, Function<AlgorithmProgress, ?> run) {
        Stop stop = new Stop();
        AtomicInteger calls = new AtomicInteger();
        AlgorithmProgress throwing =
                (stage, done, total) -> {
                    if (calls.incrementAndGet() == nth) {
                        throw stop;
                    }
                };
        Executable algorithm = () -> run.apply(throwing);
        assertSame(stop, assertThrows(Stop.class, algorithm));
        assertEquals(nth, calls.get(), "called again after it threw");
        assertFalse(Thread.currentThread().isInterrupted());
    }

    private static void assertNullRefused(Executable run) {
        NullPointerException e = assertThrows(NullPointerException.class, run);
        assertEquals("progress", e.getMessage());
    }

    // ---- PageRank

    @Test
    void pageRankReportsEveryIterationUpToTheResult() {
        Topology topology = CommunitiesTest.randomGraph(500, 2000, 1);
        for (int threads : new int[] {1, 2}) {
            Recorder recorder = new Recorder();
            PageRankResult with =
                    PageRank.builder().threads(threads).progress(recorder).run(topology);
            PageRankResult without = PageRank.builder().threads(threads).run(topology);
            assertTrue(with.converged() && with.iterations() > 1, with.toString());
            List<Call> calls = recorder.calls("iteration");
            assertEquals(with.iterations(), calls.size());
            assertEquals(new Call("iteration", with.iterations(), 100), recorder.last("iteration"));
            assertArrayEquals(without.ranks().toArray(), with.ranks().toArray());
            assertEquals(without.iterations(), with.iterations());
            assertEquals(without.error(), with.error());
        }
        // not converged: the limit is reached
        Recorder recorder = new Recorder();
        PageRankResult all =
                PageRank.builder().tolerance(0).maxIterations(7).progress(recorder).run(topology);
        assertEquals(7, all.iterations());
        assertEquals(new Call("iteration", 7, 7), recorder.last("iteration"));
        assertEquals(7, recorder.calls("iteration").size());
    }

    @Test
    void pageRankStopsWhenTheListenerThrows() {
        Topology topology = CommunitiesTest.randomGraph(500, 2000, 1);
        for (int threads : new int[] {1, 2}) {
            PageRank.Builder builder = PageRank.builder().threads(threads);
            assertListenerStops(3, listener -> builder.progress(listener).run(topology));
        }
    }

    @Test
    void pageRankRefusesANullListenerAndReportsNothingOnNoNodes() {
        PageRank.Builder builder = PageRank.builder();
        assertNullRefused(() -> builder.progress(null));
        Recorder recorder = new Recorder();
        builder.progress(recorder).run(EdgeListTopologies.undirected(0));
        assertTrue(recorder.calls.isEmpty());
    }

    // ---- label propagation

    @Test
    void labelPropagationReportsEveryRound() {
        Topology topology = CommunitiesTest.randomGraph(300, 900, 3);
        Recorder recorder = new Recorder();
        CommunityResult with = Communities.labelPropagation(topology, 50, recorder);
        CommunityResult without = Communities.labelPropagation(topology, 50);
        assertEquals(with.iterations(), recorder.calls("iteration").size());
        assertEquals(new Call("iteration", with.iterations(), 50), recorder.last("iteration"));
        assertArrayEquals(without.labels().toArray(), with.labels().toArray());
        assertEquals(without.iterations(), with.iterations());
        assertEquals(without.modularity(), with.modularity());
        // one edge oscillates: every round of the limit runs
        Recorder oscillating = new Recorder();
        Communities.labelPropagation(EdgeListTopologies.undirected(2, 0, 1), 5, oscillating);
        assertEquals(new Call("iteration", 5, 5), oscillating.last("iteration"));
        // no round, no call
        Recorder none = new Recorder();
        Communities.labelPropagation(topology, 0, none);
        assertTrue(none.calls.isEmpty());
    }

    @Test
    void labelPropagationStopsWhenTheListenerThrows() {
        Topology topology = EdgeListTopologies.undirected(2, 0, 1);
        assertListenerStops(2, listener -> Communities.labelPropagation(topology, 5, listener));
        assertNullRefused(() -> Communities.labelPropagation(topology, 5, null));
    }

    // ---- Louvain

    @Test
    void louvainReportsEveryPassOfEveryLevel() {
        Topology topology = CommunitiesTest.randomGraph(300, 900, 3);
        Recorder recorder = new Recorder();
        CommunityResult with = Communities.louvain(topology, 42, 1.0, recorder);
        CommunityResult without = Communities.louvain(topology, 42, 1.0);
        List<Call> passes = recorder.calls("pass");
        for (Call call : passes) {
            assertEquals(-1, call.total());
        }
        // a level that moves a node runs at least two passes, the last moving none
        assertTrue(with.iterations() >= 1);
        assertTrue(passes.size() >= 2 * with.iterations(), passes + " for " + with);
        assertEquals(passes.size(), recorder.last("pass").done());
        assertArrayEquals(without.labels().toArray(), with.labels().toArray());
        assertEquals(without.modularity(), with.modularity());
        assertEquals(without.iterations(), with.iterations());
        // no edge, no pass
        Recorder none = new Recorder();
        Communities.louvain(EdgeListTopologies.undirected(3), 1, 1.0, none);
        assertTrue(none.calls.isEmpty());
    }

    @Test
    void louvainStopsWhenTheListenerThrows() {
        Topology topology = CommunitiesTest.randomGraph(300, 900, 3);
        assertListenerStops(2, listener -> Communities.louvain(topology, 42, 1.0, listener));
        assertNullRefused(() -> Communities.louvain(topology, 42, 1.0, null));
    }

    // ---- betweenness

    @Test
    void exactBetweennessReportsEverySource() {
        // 400 sources: 13 chunks of 32, two waves on several threads
        Topology topology = CommunitiesTest.randomGraph(400, 1200, 11);
        double[] without = Betweenness.exact(topology, true, 1).toArray();
        for (int threads : new int[] {1, 2}) {
            Recorder recorder = new Recorder();
            NodeDoubles with = Betweenness.exact(topology, true, threads, recorder);
            assertEquals(
                    new Call("source", 400, 400), recorder.last("source"), "threads " + threads);
            for (Call call : recorder.calls("source")) {
                assertEquals(400, call.total());
            }
            assertArrayEquals(without, with.toArray(), "threads " + threads);
        }
    }

    @Test
    void sampledBetweennessReportsEverySampledSource() {
        Topology topology = CommunitiesTest.randomGraph(400, 1200, 11);
        for (int k : new int[] {1, 150, 300}) {
            double[] without = Betweenness.sampled(topology, k, 5, false, 1).toArray();
            for (int threads : new int[] {1, 2}) {
                Recorder recorder = new Recorder();
                NodeDoubles with = Betweenness.sampled(topology, k, 5, false, threads, recorder);
                assertEquals(new Call("source", k, k), recorder.last("source"), k + " sources");
                assertArrayEquals(without, with.toArray(), k + " sources, threads " + threads);
            }
        }
        // no source, no call
        Recorder none = new Recorder();
        Betweenness.sampled(topology, 0, 5, false, 2, none);
        assertTrue(none.calls.isEmpty());
    }

    @Test
    void betweennessStopsWhenTheListenerThrows() {
        Topology topology = CommunitiesTest.randomGraph(400, 1200, 11);
        for (int threads : new int[] {1, 2}) {
            assertListenerStops(
                    2, listener -> Betweenness.exact(topology, true, threads, listener));
            assertListenerStops(
                    1, listener -> Betweenness.sampled(topology, 100, 3, true, threads, listener));
        }
        assertNullRefused(() -> Betweenness.exact(topology, true, 2, null));
        assertNullRefused(() -> Betweenness.sampled(topology, 10, 3, true, 2, null));
    }

    // ---- the caller's thread while workers run

    @Test
    void whileWaitingRunsOnTheCallersThreadUntilTheWorkersAreDone() {
        Thread caller = Thread.currentThread();
        CountDownLatch waited = new CountDownLatch(1);
        AtomicInteger polls = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        // each task blocks until the caller has polled once: forEach returns only after a poll
        Parallel.forEach(
                4,
                2,
                "test",
                t -> {
                    try {
                        assertTrue(waited.await(1, TimeUnit.MINUTES));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    ran.incrementAndGet();
                },
                () -> {
                    assertSame(caller, Thread.currentThread());
                    polls.incrementAndGet();
                    waited.countDown();
                });
        assertEquals(4, ran.get());
        assertTrue(polls.get() >= 1);
    }

    @Test
    void whileWaitingThatThrowsStopsTheWorkers() {
        Stop stop = new Stop();
        CountDownLatch never = new CountDownLatch(1);
        Stop thrown =
                assertThrows(
                        Stop.class,
                        () ->
                                Parallel.forEach(
                                        4,
                                        2,
                                        "test",
                                        t -> {
                                            try {
                                                // released by the interrupt of shutdownNow
                                                boolean unused = never.await(1, TimeUnit.MINUTES);
                                            } catch (InterruptedException e) {
                                                Thread.currentThread().interrupt();
                                            }
                                        },
                                        () -> {
                                            throw stop;
                                        }));
        assertSame(stop, thrown);
        assertFalse(Thread.currentThread().isInterrupted());
    }
}
