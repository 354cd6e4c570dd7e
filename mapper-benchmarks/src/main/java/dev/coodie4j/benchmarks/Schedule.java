package dev.coodie4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The order of the benchmarks in each round. The implementations of one scenario run one after another, and the
 * order among them rotates from round to round, so that no implementation always runs first on a server that is
 * still flushing the previous scenario's writes, or always last.
 */
final class Schedule {
  /** The scenarios that never reach the server while measured: they map, bind or render in the JVM. */
  private static final Pattern LOCAL =
      Pattern.compile("\\.(MappingBenchmarks|ArgusMappingBenchmarks|UdtBenchmarks)\\.|\\.sync_table_noop__");

  private Schedule() {}

  /** The benchmark methods (class and method names) that match any of these patterns, sorted. */
  static List<String> benchmarks(List<String> includes) {
    TreeSet<String> names = new TreeSet<>();
    for (BenchmarkListEntry entry : BenchmarkList.defaultList().find(
        OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), includes, List.of())) {
      names.add(entry.getUsername());
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("no benchmark matches " + includes);
    }
    return List.copyOf(names);
  }

  /** Each round's order: scenarios sorted, the implementations of each rotated by one place per round. */
  static List<List<String>> rounds(List<String> benchmarks, int count) {
    Map<String, List<String>> byScenario = new LinkedHashMap<>();
    for (String benchmark : benchmarks) {
      int implementation = benchmark.lastIndexOf("__");
      String scenario = implementation < 0 ? benchmark : benchmark.substring(0, implementation);
      byScenario.computeIfAbsent(scenario, s -> new ArrayList<>()).add(benchmark);
    }
    List<List<String>> rounds = new ArrayList<>();
    for (int round = 0; round < count; round++) {
      List<String> order = new ArrayList<>();
      for (List<String> implementations : byScenario.values()) {
        for (int i = 0; i < implementations.size(); i++) {
          order.add(implementations.get((i + round) % implementations.size()));
        }
      }
      rounds.add(order);
    }
    return rounds;
  }

  static boolean isLocal(String benchmark) {
    return LOCAL.matcher(benchmark).find();
  }

  /** Joins the JSON arrays JMH wrote per benchmark into one array, the round's raw results. */
  static void mergeJson(List<Path> parts, Path target) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ArrayNode merged = json.createArrayNode();
    for (Path part : parts) {
      JsonNode results = json.readTree(part.toFile());
      if (!results.isArray()) {
        throw new IOException(part + " is not a JMH result array");
      }
      merged.addAll((ArrayNode) results);
      Files.delete(part);
    }
    json.writerWithDefaultPrettyPrinter().writeValue(target.toFile(), merged);
  }
}
