package io.gli.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gli.Graph;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The snapshot printed as a table. */
class StatsTableTest {

    @Test
    void aSnapshotPrintsAsAnAlignedTable() {
        FakeClock clock = new FakeClock();
        TimedGraph timed = new TimedGraph(clock, Graph.open());
        GraphMonitor monitor =
                GraphMonitor.builder()
                        .clock(clock)
                        .wallClock(
                                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
                        .slowThreshold(Duration.ofMillis(100))
                        .slowLogCapacity(1)
                        .window(Duration.ofSeconds(60), 6)
                        .build();
        Graph graph = monitor.wrap(timed.graph());
        timed.costs(1_500);
        graph.addNode("a");
        timed.costs(250_000_000);
        graph.addNode("b");
        timed.costs(120);
        graph.hasNode("a");
        graph.hasNode("zz");
        timed.costs(150_000_000);
        graph.addNodes(List.of("c", "d", "e"));
        clock.advance(
                Duration.ofSeconds(10).toNanos()
                        - 400_001_740L); // 10 s after the monitor was built

        String expected =
                """
                        3 operations; rate and percentiles over the last 10.0 s (window 60.0 s)
                        operation  calls  errors   total     avg      min     max  rate/s      p50     p95     p99
                        addNode        2       0  250 ms  125 ms  1.50 us  250 ms     0.2  1.50 us  250 ms  250 ms
                        addNodes       1       0  150 ms  150 ms   150 ms  150 ms     0.1   150 ms  150 ms  150 ms
                        hasNode        2       0  240 ns  120 ns   120 ns  120 ns     0.2   120 ns  120 ns  120 ns
                        2 slow operations over 100 ms, the last 1 kept:
                          2026-01-01T00:00:00.250001740Z addNodes(ids=[3 items]) took 150 ms
                        """;
        String table = monitor.snapshot().toTable();
        assertEquals(expected, table);
        assertEquals(table, monitor.snapshot().toString());
        Set<Integer> widths =
                table.lines().skip(1).limit(4).map(String::length).collect(Collectors.toSet());
        assertEquals(1, widths.size(), "every row of the table is as wide as the header");
    }

    @Test
    void anEmptyWindowShowsNoPercentilesAndNoSlowListHasNoColon() {
        FakeClock clock = new FakeClock();
        TimedGraph timed = new TimedGraph(clock, Graph.open());
        // One slice: the window is the current second alone.
        GraphMonitor monitor =
                GraphMonitor.builder().clock(clock).window(Duration.ofSeconds(1), 1).build();
        Graph graph = monitor.wrap(timed.graph());
        timed.costs(5);
        graph.nodeCount();
        clock.advance(Duration.ofSeconds(5).toNanos() + 200_000_000L);
        assertEquals(
                """
                        1 operation; rate and percentiles over the last 200 ms (window 1.00 s)
                        operation  calls  errors  total   avg   min   max  rate/s  p50  p95  p99
                        nodeCount      1       0   5 ns  5 ns  5 ns  5 ns     0.0    -    -    -
                        0 slow operations over 100 ms
                        """,
                monitor.snapshot().toTable());
    }

    @Test
    void durationsHaveThreeSignificantDigitsInTheLargestFittingUnit() {
        assertEquals("0 ns", StatsTable.duration(0));
        assertEquals("999 ns", StatsTable.duration(999));
        assertEquals("1.50 ns", StatsTable.duration(1.5));
        assertEquals("1.00 us", StatsTable.duration(999.7));
        assertEquals("1.00 us", StatsTable.duration(1_000));
        assertEquals("12.3 us", StatsTable.duration(12_345));
        assertEquals("123 us", StatsTable.duration(123_456));
        assertEquals("1.00 ms", StatsTable.duration(999_999));
        assertEquals("100 ms", StatsTable.duration(100_000_000));
        assertEquals("1.50 s", StatsTable.duration(1_500_000_000));
        assertEquals("3600 s", StatsTable.duration(3_600e9));
    }
}
