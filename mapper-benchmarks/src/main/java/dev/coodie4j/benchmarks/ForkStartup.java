package dev.coodie4j.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Makes each of the suite's few hundred forks start faster with a class-data-sharing archive of the classes a fork
 * loads (JMH, the driver, netty, the mapper), recorded once by a training fork. It changes how classes are loaded,
 * not the code that is measured, and saves about a second per fork. The archive needs a classpath of jars only, so
 * directories on it (target/classes when run from Maven) are packed into temporary jars first.
 */
final class ForkStartup {
  private ForkStartup() {}

  /** The JVM options that make forks use the archive, or none when it could not be made. */
  static List<String> classDataSharing(List<String> jvmArgs) {
    try {
      Path directory = Files.createTempDirectory("coodie4j-bench-cds");
      directory.toFile().deleteOnExit(); // registered first, deleted last: after the files in it
      System.setProperty("java.class.path", jarredClasspath(directory));
      Path archive = directory.resolve("forks.jsa");
      archive.toFile().deleteOnExit();
      List<String> training = new ArrayList<>(jvmArgs);
      training.add("-XX:ArchiveClassesAtExit=" + archive);
      training.add("-Xlog:cds=off,cds+dynamic=off");
      new Runner(new OptionsBuilder()
          .include("^" + ReadBenchmarks.class.getName() + "\\.get_by_pk__coodie4j$")
          .forks(1).warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(200))
          .jvmArgsAppend(training.toArray(String[]::new))
          .verbosity(VerboseMode.SILENT)
          .build()).run();
      if (Files.isRegularFile(archive)) {
        System.out.println("forks share the class archive " + archive);
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off,cds+dynamic=off");
      }
      System.out.println("no class archive was written; forks start without one");
    } catch (IOException | RunnerException | RuntimeException e) {
      System.out.println("forks start without a class archive: " + e);
    }
    return List.of();
  }

  /** The JVM's classpath with each directory replaced by a jar of its contents. */
  private static String jarredClasspath(Path directory) throws IOException {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path path = Path.of(entry);
      if (Files.isDirectory(path)) {
        Path jar = directory.resolve("classes-" + entries.size() + ".jar");
        jar.toFile().deleteOnExit();
        jar(path, jar);
        entries.add(jar.toString());
      } else {
        entries.add(entry);
      }
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  private static void jar(Path root, Path jar) throws IOException {
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(root)) {
      files.filter(Files::isRegularFile).forEach(file -> {
        try {
          out.putNextEntry(new JarEntry(root.relativize(file).toString().replace('\\', '/')));
          Files.copy(file, (OutputStream) out);
          out.closeEntry();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
