package io.gli.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gli.Graph;
import io.gli.algo.ComponentsResult;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FollowerComponentsTest {
    @Test
    void everyClubIsWeaklyConnectedAndEveryOtherOneStronglyToo() {
        // 1,000 users: 250 circles of 4, 50 clubs of 5 circles; the 25 even clubs are closed.
        FollowerComponents.Found found = FollowerComponents.find(FollowerComponents.build(1_000));

        ComponentsResult weak = found.weak();
        assertEquals(50, weak.count());
        for (int label = 0; label < weak.count(); label++) {
            assertEquals(20, weak.size(label));
        }
        ComponentsResult strong = found.strong();
        assertEquals(25 + 25 * 5, strong.count());
        assertEquals("4 users: 125, 20 users: 25", FollowerComponents.sizes(strong));
        assertEquals(0, strong.largest(), "the lowest label among the largest");
        assertEquals(users(0, 20), strong.components().get(0));
        // Club 1 is open: its first circle (users 20 to 23) reaches the others but not back.
        assertEquals(users(20, 24), strong.components().get(1));
        assertEquals(0, weak.labels().get("user19"));
        assertEquals(1, weak.labels().get("user20"));
        assertEquals(1, weak.labels().get("user39"));
        assertEquals(2, weak.labels().get("user40"));
    }

    @Test
    void aSmallClubOfTwoAndAHalfCirclesIsOneStrongComponent() {
        // Circles {0..3}, {4..7}, {8, 9}: club 0 closed by user8 following user0.
        FollowerComponents.Found found = FollowerComponents.find(FollowerComponents.build(10));

        assertEquals(1, found.weak().count());
        assertEquals(1, found.strong().count());
        assertEquals(users(0, 10), found.strong().components().get(0));
    }

    @Test
    void theLabelsWrittenBackAreWhatAQueryFinds() {
        Graph graph = FollowerComponents.build(1_000);
        FollowerComponents.Found found = FollowerComponents.find(graph);

        int members = FollowerComponents.writeBack(graph, found.strong());

        assertEquals(20, members);
        assertEquals(0L, graph.nodeLong("user19", FollowerComponents.COMPONENT).orElseThrow());
        assertEquals(1L, graph.nodeLong("user20", FollowerComponents.COMPONENT).orElseThrow());
        assertEquals(
                found.strong().labels().get("user999"),
                graph.nodeLong("user999", FollowerComponents.COMPONENT).orElseThrow());
    }

    private static List<String> users(int from, int to) {
        return IntStream.range(from, to).mapToObj(FollowerComponents::user).toList();
    }
}
