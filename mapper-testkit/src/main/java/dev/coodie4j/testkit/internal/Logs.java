package dev.coodie4j.testkit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the end of a log file for error messages. */
final class Logs {

  private Logs() {
  }

  static String tail(Path log, int lines) {
    try {
      // malformed bytes must not hide the log, so decode leniently
      List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
      List<String> last = all.subList(Math.max(0, all.size() - lines), all.size());
      return "--- last " + last.size() + " lines of " + log + " ---\n" + String.join("\n", last);
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e + ")";
    }
  }
}
