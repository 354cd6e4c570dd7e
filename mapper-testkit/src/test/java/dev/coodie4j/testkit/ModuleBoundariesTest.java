package dev.coodie4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The other modules use mapper-core's API and spi only: nothing outside mapper-core imports its internal packages. */
class ModuleBoundariesTest {
  @Test
  void noModuleButMapperCoreImportsTheMappersInternalPackages() throws IOException {
    for (String module : List.of("mapper-driver-datastax", "mapper-migrations", "mapper-migrations-cli",
        "mapper-micrometer", "mapper-spring-boot-starter", "mapper-testkit", "mapper-benchmarks")) {
      Path sources = Path.of("..", module, "src");
      assertTrue(Files.isDirectory(sources), sources + " not found");
      try (Stream<Path> files = Files.walk(sources)) {
        List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
            .filter(ModuleBoundariesTest::importsInternals).map(Path::toString).toList();
        assertEquals(List.of(), offenders, module + " imports dev.coodie4j.internal");
      }
    }
  }

  private static boolean importsInternals(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.anyMatch(line -> line.startsWith("import dev.coodie4j.internal.")
          || line.startsWith("import static dev.coodie4j.internal."));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
