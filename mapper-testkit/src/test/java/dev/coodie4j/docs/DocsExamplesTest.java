package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the manual honest: every Java block in docs/ and README.md is marked {@code <!-- example: Class#tag -->} and
 * equals the tagged region of that class in this package, which the build compiles and runs against the server.
 */
class DocsExamplesTest {
  private static final Pattern MARKER = Pattern.compile("<!-- example: (\\w+)#(\\w+) -->");
  private static final Path SOURCES = Path.of("src/test/java/dev/coodie4j/docs");

  @Test
  void everyJavaBlockInTheManualIsATestedExample() throws IOException {
    Path docs = Path.of(System.getProperty("coodie4j.docs.dir", "../docs"));
    List<Path> pages;
    try (Stream<Path> files = Files.walk(docs)) {
      pages = files.filter(p -> p.toString().endsWith(".md")).collect(Collectors.toCollection(ArrayList::new));
    }
    pages.add(docs.resolveSibling("README.md"));
    int checked = 0;
    List<String> problems = new ArrayList<>();
    for (Path page : pages) {
      List<String> lines = Files.readAllLines(page);
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).strip().equals("```java")) {
          continue;
        }
        int end = i + 1;
        while (end < lines.size() && !lines.get(end).strip().equals("```")) {
          end++;
        }
        String block = String.join("\n", lines.subList(i + 1, end)).stripTrailing();
        Matcher marker = i > 0 ? MARKER.matcher(lines.get(i - 1)) : null;
        if (marker == null || !marker.find()) {
          problems.add(page + ":" + (i + 1) + " has a java block without an <!-- example: Class#tag --> line above it");
        } else {
          String expected = region(marker.group(1), marker.group(2));
          if (!expected.equals(block)) {
            problems.add(page + ":" + (i + 1) + " differs from " + marker.group(1) + "#" + marker.group(2)
                + "; it should read:\n" + expected);
          }
          checked++;
        }
        i = end;
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(checked >= 10, "expected the manual to hold at least 10 examples, found " + checked);
  }

  private static String region(String className, String tag) throws IOException {
    List<String> lines = Files.readAllLines(SOURCES.resolve(className + ".java"));
    int start = indexOf(lines, "// tag::" + tag + "[]", className) + 1;
    int end = indexOf(lines, "// end::" + tag + "[]", className);
    List<String> region = lines.subList(start, end);
    int indent = region.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return region.stream().map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing())
        .collect(Collectors.joining("\n")).stripTrailing();
  }

  private static int indexOf(List<String> lines, String marker, String className) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError(className + " has no line " + marker);
  }
}
