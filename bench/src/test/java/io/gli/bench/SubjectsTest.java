package io.gli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.tck.RetainedSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every subject, backend or peer, must do the same work for the same call, or the tables compare
 * nothing.
 */
class SubjectsTest {

    static List<String> subjects() {
        List<String> all = new ArrayList<>(Subjects.all());
        all.add(Subjects.monitored(Subjects.backends().get(0)));
        return all;
    }

    @ParameterizedTest
    @MethodSource("subjects")
    void everySubjectAnswersAlike(String name) {
        Subject subject = Subjects.create(name, 0, 0);
        for (int i = 0; i < 4; i++) {
            subject.addNode(Workload.nodeId(i), Workload.valueAttribute(i));
        }
        subject.addNode("bare", Map.of());
        subject.addEdge("node_0", "node_1", Map.of());
        subject.addEdge("node_0", "node_2", Workload.threeEdgeAttributes(0));
        subject.addEdge("node_3", "node_3", Map.of());

        assertEquals(5, subject.nodeCount());
        assertEquals(3, subject.edgeCount());
        assertTrue(subject.hasNode("node_2"));
        assertFalse(subject.hasNode("node_9"));
        List<String> seen = new ArrayList<>();
        assertEquals(2, subject.forEachSuccessor("node_0", seen::add));
        assertEquals(List.of("node_1", "node_2"), seen.stream().sorted().toList());
        assertEquals(0, subject.forEachSuccessor("node_1", seen::add));
        assertEquals(3L, subject.nodeAttribute("node_3", "value"));
        assertNull(subject.nodeAttribute("node_3", "missing"));
        assertNull(subject.nodeAttribute("bare", "value"));
        assertEquals(0 + 1 + 2 + 3, subject.sumOfNodeAttribute("value"));
        if (subject instanceof GliSubject gli) {
            assertEquals(
                    0 + 1 + 2 + 3,
                    gli.columnSum("value"),
                    "the column row sums what the iteration row sums");
        }
    }

    @ParameterizedTest
    @MethodSource("subjects")
    void everySubjectIsMeasurable(String name) {
        Subject empty = Subjects.create(name, 0, 0);
        Subject one = Subjects.create(name, 0, 0);
        one.addNode("node_0", Workload.fiveNodeAttributes(0));
        assertTrue(
                new RetainedSize().of(one.footprintRoot())
                        > new RetainedSize().of(empty.footprintRoot()));
    }
}
