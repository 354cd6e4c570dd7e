package dev.coodie4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BulkCheckOrderTest {
  /** How often each way runs right after each other way, within the rounds of one full cycle of the design. */
  private static Map<List<String>, Integer> followers(List<String> ways, int rounds) {
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int round = 0; round < rounds; round++) {
      List<String> order = BulkCheck.balancedOrder(ways, round);
      assertEquals(new HashSet<>(ways), new HashSet<>(order), "round " + round + " runs every way once: " + order);
      assertEquals(ways.size(), order.size());
      for (int i = 1; i < order.size(); i++) {
        counts.merge(List.of(order.get(i - 1), order.get(i)), 1, Integer::sum);
      }
    }
    return counts;
  }

  @Test
  void eachOfSixWaysRunsRightAfterEachOtherExactlyOnceInSixRounds() {
    List<String> ways = List.of("S", "R", "a", "b", "c10", "c100");
    Map<List<String>, Integer> counts = followers(ways, 6);
    assertEquals(30, counts.size(), "every ordered pair of distinct ways: " + counts);
    assertEquals(List.of(1), counts.values().stream().distinct().toList());
  }

  @Test
  void eachOfThreeWaysRunsRightAfterEachOtherTwiceInSixRounds() {
    Map<List<String>, Integer> counts = followers(List.of("S", "b", "R"), 6);
    assertEquals(6, counts.size(), "every ordered pair of distinct ways: " + counts);
    assertEquals(List.of(2), counts.values().stream().distinct().toList());
  }
}
