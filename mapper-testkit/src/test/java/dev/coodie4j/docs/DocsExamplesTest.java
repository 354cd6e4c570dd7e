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
 * equals the tagged region of that class in this package, which the build compiles and runs against the server, or
 * is marked {@code <!-- file: path -->} and equals that whole file of the repository (with {@code @project.version@}
 * read as the version being built): the consumer projects under consumer-tests/src/it and the applications under
 * examples/, which the build runs as a user's own builds. A block of any language may carry a file marker.
 */
class DocsExamplesTest {
  private static final Pattern MARKER = Pattern.compile("<!-- example: (\\w+)#(\\w+) -->");
  private static final Pattern FILE_MARKER = Pattern.compile("<!-- file: ([\\w./-]+) -->");
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
        String fence = lines.get(i).strip();
        if (!fence.startsWith("```") || fence.length() == 3) {
          continue;
        }
        int end = i + 1;
        while (end < lines.size() && !lines.get(end).strip().equals("```")) {
          end++;
        }
        String block = String.join("\n", lines.subList(i + 1, end)).stripTrailing();
        String above = i > 0 ? lines.get(i - 1) : "";
        Matcher file = FILE_MARKER.matcher(above);
        Matcher marker = MARKER.matcher(above);
        if (file.find()) {
          String expected = repositoryFile(docs, file.group(1));
          if (!expected.equals(block)) {
            problems.add(page + ":" + (i + 1) + " differs from " + file.group(1) + "; it should read:\n" + expected);
          }
          checked++;
        } else if (fence.equals("```java")) {
          if (!marker.find()) {
            problems.add(page + ":" + (i + 1) + " has a java block without an <!-- example: Class#tag --> or"
                + " <!-- file: path --> line above it");
          } else {
            String expected = region(marker.group(1), marker.group(2));
            if (!expected.equals(block)) {
              problems.add(page + ":" + (i + 1) + " differs from " + marker.group(1) + "#" + marker.group(2)
                  + "; it should read:\n" + expected);
            }
            checked++;
          }
        }
        i = end;
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(checked >= 10, "expected the manual to hold at least 10 examples, found " + checked);
  }

  private static String repositoryFile(Path docs, String path) throws IOException {
    Path file = docs.toAbsolutePath().getParent().resolve(path);
    String version = System.getProperty("coodie4j.version", "");
    return Files.readString(file).replace("@project.version@", version).stripTrailing();
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
