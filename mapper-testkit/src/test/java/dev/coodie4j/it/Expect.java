package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.CoodieException;

/** Assertions shared by the integration tests. */
final class Expect {
  private Expect() {}

  /** The call fails with a {@link CoodieException} whose message contains the fragment. */
  static void failsWith(Runnable call, String fragment) {
    CoodieException e = assertThrows(CoodieException.class, call::run);
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }
}
