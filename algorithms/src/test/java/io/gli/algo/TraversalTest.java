package io.gli.algo;

import static io.gli.algo.EdgeListTopology.directed;
import static io.gli.algo.EdgeListTopology.undirected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.NodeNotFoundException;
import io.gli.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class TraversalTest {
    /** a -> b -> d, a -> c -> d, d -> e, f -> a; g isolated. */
    private static final Topology DIAMOND = directed("a b c d e f g", "a>b a>c b>d c>d d>e f>a");

    @Test
    void bfsFromOneNodeGivesHopsParentsAndOrder() {
        BfsResult result = Traversal.bfs(DIAMOND, "a", Direction.OUT);
        assertArrayEquals(new int[] {0, 1, 1, 2, 3, -1, -1}, result.distances().toArray());
        assertArrayEquals(new int[] {-1, 0, 0, 1, 3, -1, -1}, result.parents().toArray());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, result.order());
        assertEquals(5, result.reachedCount());
        assertEquals(List.of("a", "b", "d", "e"), result.pathTo("e"));
        assertEquals(List.of("a"), result.pathTo("a"));
        assertEquals(List.of(), result.pathTo("f"));
        assertFalse(result.distances().isPresent("g"));
        assertFalse(result.parents().isPresent("a"));
    }

    @Test
    void bfsFollowsTheDirectionAskedFor() {
        BfsResult in = Traversal.bfs(DIAMOND, "d", Direction.IN);
        assertArrayEquals(new int[] {2, 1, 1, 0, -1, 3, -1}, in.distances().toArray());
        assertEquals(List.of("d", "b", "a", "f"), in.pathTo("f"));
        BfsResult both = Traversal.bfs(DIAMOND, "b", Direction.BOTH);
        // b's out-list (d) comes before its in-list (a)
        assertArrayEquals(new int[] {1, 3, 0, 4, 2, 5}, both.order());
        assertArrayEquals(new int[] {1, 0, 2, 1, 2, 2, -1}, both.distances().toArray());
    }

    @Test
    void bfsOnUndirectedGraphIgnoresTheDirectionAskedFor() {
        Topology path = undirected("a b c", "b>a b>c");
        for (Direction direction : Direction.values()) {
            BfsResult result = Traversal.bfs(path, "a", direction);
            assertArrayEquals(new int[] {0, 1, 2}, result.distances().toArray(), direction.name());
        }
    }

    @Test
    void multiSourceBfsStartsEverySourceAtZeroInTheOrderGiven() {
        Topology path = undirected("a b c d e", "a>b b>c c>d d>e");
        BfsResult result = Traversal.bfs(path, List.of("e", "a", "e"), Direction.OUT);
        assertArrayEquals(new int[] {0, 1, 2, 1, 0}, result.distances().toArray());
        assertArrayEquals(new int[] {4, 0, 3, 1, 2}, result.order());
        // c is as near to both; e was given first, so c is reached from d
        assertEquals(List.of("e", "d", "c"), result.pathTo("c"));
        assertEquals(0, Traversal.bfs(path, List.of(), Direction.OUT).reachedCount());
    }

    @Test
    void selfLoopsAndParallelEntriesChangeNothing() {
        Topology loops = directed("a b", "a>a a>b a>b b>b");
        BfsResult result = Traversal.bfs(loops, "a", Direction.BOTH);
        assertArrayEquals(new int[] {0, 1}, result.distances().toArray());
        assertArrayEquals(new int[] {0, 1}, result.order());
    }

    @Test
    void dfsVisitsAsARecursiveSearchWould() {
        DfsResult result = Traversal.dfs(DIAMOND, "a", Direction.OUT);
        assertEquals(List.of("a", "b", "d", "e", "c"), result.preorderIds());
        assertEquals(List.of("e", "d", "b", "c", "a"), result.postorderIds());
        assertArrayEquals(new int[] {0, 1, 3, 4, 2}, result.preorder());
        assertEquals(5, result.reachedCount());
        // f and g (indices 5, 6) are not reached from a
        assertArrayEquals(new int[] {0, 1, 4, 2, 3, -1, -1}, result.preorderPositions().toArray());
        assertFalse(result.preorderPositions().isPresent(5));
    }

    @Test
    void dfsInBothDirectionsReadsTheOutListThenTheInList() {
        DfsResult result = Traversal.dfs(DIAMOND, "d", Direction.BOTH);
        // d: out e; in b, c. e: in d (visited). b: out d; in a. a: out b, c. c ... ; f via a's in.
        assertEquals(List.of("d", "e", "b", "a", "c", "f"), result.preorderIds());
        assertEquals(List.of("e", "c", "f", "a", "b", "d"), result.postorderIds());
        DfsResult in = Traversal.dfs(DIAMOND, "d", Direction.IN);
        assertEquals(List.of("d", "b", "a", "f", "c"), in.preorderIds());
        assertEquals(List.of("f", "a", "b", "c", "d"), in.postorderIds());
    }

    @Test
    void dfsForestRootsEachTreeAtTheLowestUnvisitedNode() {
        Topology graph = directed("a b c d", "b>a c>d d>b");
        DfsResult result = Traversal.dfs(graph, Direction.OUT);
        assertEquals(List.of("a", "b", "c", "d"), result.preorderIds());
        assertEquals(List.of("a", "b", "d", "c"), result.postorderIds());
        assertEquals(
                List.of("x"), Traversal.dfs(directed("x", ""), "x", Direction.OUT).postorderIds());
    }

    @Test
    void unknownSourcesAreRefusedByName() {
        NodeNotFoundException e =
                assertThrows(
                        NodeNotFoundException.class,
                        () -> Traversal.bfs(DIAMOND, List.of("a", "zz"), Direction.OUT));
        assertEquals("zz", e.nodeId());
        assertThrows(
                NodeNotFoundException.class, () -> Traversal.bfs(DIAMOND, "zz", Direction.OUT));
        assertThrows(NodeNotFoundException.class, () -> Traversal.dfs(DIAMOND, "zz", Direction.IN));
        assertThrows(
                NodeNotFoundException.class,
                () -> Traversal.bfs(DIAMOND, "a", Direction.OUT).pathTo("zz"));
    }

    @Test
    void anInterruptedSearchStops() {
        Topology path = EdgeListTopology.directedPath(300_000, false);
        Thread.currentThread().interrupt();
        try {
            assertThrows(
                    CancellationException.class,
                    () -> Traversal.bfs(path, new int[] {0}, Direction.OUT, -1));
            assertThrows(CancellationException.class, () -> Traversal.dfs(path, Direction.OUT));
            assertTrue(Thread.currentThread().isInterrupted(), "the flag stays set");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aPathOfTenMillionNodesIsSearchedWithoutRecursion() {
        int n = 10_000_000;
        Topology path = EdgeListTopology.directedPath(n, false);
        BfsResult bfs = Traversal.bfs(path, new int[] {0}, Direction.OUT, -1);
        assertEquals(n, bfs.reachedCount());
        assertEquals(n - 1, bfs.distances().get(n - 1));
        DfsResult dfs = Traversal.dfs(path, Direction.IN);
        // rooted at p0 first, which reaches nothing against the edges; then p1, and so on
        assertEquals(n, dfs.reachedCount());
        DfsResult deep = Traversal.dfs(path, "p0", Direction.BOTH);
        int[] post = deep.postorder();
        assertEquals(n - 1, post[0]);
        assertEquals(0, post[n - 1]);
    }

    @Test
    void emptyGraphForestIsEmpty() {
        Topology empty =
                new Topology(
                        true,
                        new ArrayList<>(),
                        0,
                        new int[] {0},
                        new int[0],
                        new int[] {0},
                        new int[0],
                        null,
                        null,
                        null);
        assertEquals(0, Traversal.dfs(empty, Direction.BOTH).reachedCount());
        assertEquals(0, Traversal.bfs(empty, List.of(), Direction.BOTH).reachedCount());
    }
}
