package dev.coodie4j.testkit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads log files for error messages. */
final class Logs {

  /** The start of a logback line in the node's format: level, then the thread in brackets. */
  private static final Pattern ENTRY = Pattern.compile("^(TRACE|DEBUG|INFO|WARN|ERROR) +\\[");

  private Logs() {
  }

  static String tail(Path log, int lines) {
    try {
      List<String> all = lines(log);
      List<String> last = all.subList(Math.max(0, all.size() - lines), all.size());
      return "--- last " + last.size() + " lines of " + log + " ---\n" + String.join("\n", last);
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e + ")";
    }
  }

  /**
   * The first {@code ERROR} entry of the log with its stack trace, at most {@code maxLines} lines: why a node that
   * exited while starting gave up. A node logs its shutdown after that entry, enough to push it out of any tail.
   */
  static Optional<String> firstError(Path log, int maxLines) {
    List<String> all;
    try {
      all = lines(log);
    } catch (IOException e) {
      return Optional.empty();
    }
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).startsWith("ERROR ")) {
        List<String> entry = new ArrayList<>();
        entry.add(all.get(i));
        for (int j = i + 1; j < all.size() && entry.size() < maxLines && !ENTRY.matcher(all.get(j)).find(); j++) {
          entry.add(all.get(j));
        }
        return Optional.of(String.join("\n", entry));
      }
    }
    return Optional.empty();
  }

  /** Whether a line of the log matches {@code pattern}; false for a log that cannot be read. */
  static boolean mentions(Path log, Pattern pattern) {
    try {
      return lines(log).stream().anyMatch(line -> pattern.matcher(line).find());
    } catch (IOException e) {
      return false;
    }
  }

  private static List<String> lines(Path log) throws IOException {
    // malformed bytes must not hide the log, so decode leniently
    return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
  }
}
