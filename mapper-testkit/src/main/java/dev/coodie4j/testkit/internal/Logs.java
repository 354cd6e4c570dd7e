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

  /** The log's lines, or none when it cannot be read (a node that never wrote one). */
  static List<String> linesOrNone(Path log) {
    try {
      return lines(log);
    } catch (IOException e) {
      return List.of();
    }
  }

  /**
   * The first {@code ERROR} entry of a log with its stack trace, at most {@code maxLines} lines: why a node that
   * exited while starting gave up. A node logs its shutdown after that entry, enough to push it out of any tail.
   */
  static Optional<String> firstError(List<String> lines, int maxLines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("ERROR ")) {
        List<String> entry = new ArrayList<>();
        entry.add(lines.get(i));
        for (int j = i + 1; j < lines.size() && entry.size() < maxLines && !ENTRY.matcher(lines.get(j)).find(); j++) {
          entry.add(lines.get(j));
        }
        return Optional.of(String.join("\n", entry));
      }
    }
    return Optional.empty();
  }

  private static List<String> lines(Path log) throws IOException {
    // malformed bytes must not hide the log, so decode leniently
    return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
  }
}
