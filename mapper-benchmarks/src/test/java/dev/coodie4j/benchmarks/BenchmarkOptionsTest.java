package dev.coodie4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkOptionsTest {
  @Test
  void quotedPatternsInBenchArgsArriveWithoutTheirQuotes() {
    // what -Dbench.args="--include 'batch_insert_10$' --include \"\\.count$\"" hands the main method
    assertEquals(List.of("--interleaved", "--include", "batch_insert_10$", "--include", "\\.count$"),
        BenchmarkMain.words(" --interleaved  --include 'batch_insert_10$' --include \"\\.count$\" "));
  }

  @Test
  void quotesKeepSpacesInsideOneWord() {
    assertEquals(List.of("--include", "a b", "--output", "/tmp/x"),
        BenchmarkMain.words("--include 'a b' --output /tmp/x"));
  }

  @Test
  void emptyOptionsGiveNoWords() {
    assertEquals(List.of(), BenchmarkMain.words("   "));
  }

  @Test
  void anUnclosedQuoteIsRefusedNamingTheOptions() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BenchmarkMain.words("--include 'get_by_pk$"));
    assertEquals("unclosed ' in the benchmark options: --include 'get_by_pk$", e.getMessage());
  }
}
