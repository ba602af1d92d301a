package io.gli.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Graph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FriendsOfFriendsTest {
    @Test
    void onThePlainRingEveryoneIsHalfTheirRingDistanceAway() {
        // Friends two places either way: person k is ceil(min(k, 100 - k) / 2) hops from person0,
        // so 4 people at each distance from 1 to 24 and 3 (persons 49, 50, 51) at 25.
        FriendsOfFriends.Reach reach =
                FriendsOfFriends.search(FriendsOfFriends.build(100, 0), "person0");

        List<Integer> expected = new ArrayList<>(List.of(1));
        for (int hops = 1; hops <= 24; hops++) {
            expected.add(4);
        }
        expected.add(3);
        assertEquals(expected, reach.peopleAtHops());
        assertEquals(100, reach.reached());
        assertEquals(8, reach.friendsOfFriends());
        assertTrue(Set.of("person49", "person50", "person51").contains(reach.farthest()));
        assertEquals(26, reach.chain().size());
    }

    @Test
    void onThePlainRingDepthFirstWalksRoundTheRing() {
        // person0's list starts with person1, whose first unvisited friend is person2, and so on.
        FriendsOfFriends.Reach reach =
                FriendsOfFriends.search(FriendsOfFriends.build(50, 0), "person0");

        List<String> round = IntStream.range(0, 50).mapToObj(FriendsOfFriends::person).toList();
        assertEquals(round, reach.dfsPreorder());
        List<String> back = new ArrayList<>(round);
        java.util.Collections.reverse(back);
        assertEquals(back, reach.dfsPostorder());
    }

    @Test
    void theSmallWorldIsSearchedCompletelyAlongFriendships() {
        Graph graph = FriendsOfFriends.build(1_000, FriendsOfFriends.SHORTCUT_EVERY);

        FriendsOfFriends.Reach reach = FriendsOfFriends.search(graph, "person0");

        assertEquals(1_000, reach.reached());
        assertEquals(1_000, reach.peopleAtHops().stream().mapToInt(Integer::intValue).sum());
        assertEquals(graph.degree("person0"), reach.peopleAtHops().get(1));
        assertEquals(withinTwoHops(graph, "person0").size(), reach.friendsOfFriends());
        List<String> chain = reach.chain();
        assertEquals("person0", chain.get(0));
        assertEquals(reach.farthest(), chain.get(chain.size() - 1));
        assertEquals(reach.peopleAtHops().size(), chain.size());
        for (int i = 1; i < chain.size(); i++) {
            assertTrue(graph.hasEdge(chain.get(i - 1), chain.get(i)), chain.toString());
        }
        assertEquals(Set.copyOf(graph.nodes()), Set.copyOf(reach.dfsPreorder()));
        assertEquals(1_000, reach.dfsPreorder().size());
        assertEquals("person0", reach.dfsPreorder().get(0));
        assertEquals("person0", reach.dfsPostorder().get(999));
    }

    /** Friends and their friends, by the graph's own neighbor lists: the start excluded. */
    private static Set<String> withinTwoHops(Graph graph, String start) {
        Set<String> near = new HashSet<>();
        for (String friend : graph.neighbors(start)) {
            near.add(friend);
            near.addAll(graph.neighbors(friend));
        }
        near.remove(start);
        return near;
    }
}
