package dev.coodie4j.testkit.internal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The jars of {@code org.apache.cassandra:cassandra-all}, resolved by running Maven on a generated one-dependency
 * pom once per machine, version and local repository, then cached in a text file.
 *
 * @param jars            the server's class path
 * @param resolvedByMaven whether Maven ran for this call (rather than the cache being reused)
 */
record CassandraClasspath(List<Path> jars, boolean resolvedByMaven) {

  private static final long MAVEN_TIMEOUT_MINUTES = 10;
  private static final String DEPENDENCY_PLUGIN_VERSION = "3.8.1";

  static CassandraClasspath resolve(String version, Path cacheDir) {
    String repoLocal = System.getProperty("maven.repo.local");
    String repoKey = repoLocal == null || repoLocal.isBlank()
        ? "default" : Integer.toHexString(Path.of(repoLocal).toAbsolutePath().normalize().toString().hashCode());
    Path classpathFile = cacheDir.resolve("classpath-" + repoKey + ".txt");
    try {
      Files.createDirectories(cacheDir);
      List<Path> cached = readIfComplete(classpathFile);
      if (cached != null) {
        return new CassandraClasspath(cached, false);
      }
      // several test JVMs may start at once: one resolves, the others wait and reuse its result
      try (FileChannel lockChannel = FileChannel.open(cacheDir.resolve(".lock"),
          StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        lockChannel.lock(); // released when the channel closes
        cached = readIfComplete(classpathFile);
        if (cached != null) {
          return new CassandraClasspath(cached, false);
        }
        runMaven(version, repoLocal, cacheDir, classpathFile);
        cached = readIfComplete(classpathFile);
        if (cached == null) {
          throw new IllegalStateException("Maven wrote an incomplete class path to " + classpathFile);
        }
        return new CassandraClasspath(cached, true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve Apache Cassandra " + version + " in " + cacheDir, e);
    }
  }

  private static List<Path> readIfComplete(Path classpathFile) throws IOException {
    if (!Files.isRegularFile(classpathFile)) {
      return null;
    }
    String text = Files.readString(classpathFile, StandardCharsets.UTF_8).trim();
    if (text.isEmpty()) {
      return null;
    }
    List<Path> jars = new ArrayList<>();
    for (String entry : text.split(File.pathSeparator)) {
      Path jar = Path.of(entry);
      if (!Files.isRegularFile(jar)) {
        return null;
      }
      jars.add(jar);
    }
    return List.copyOf(jars);
  }

  private static void runMaven(String version, String repoLocal, Path cacheDir, Path classpathFile)
      throws IOException {
    Path pom = cacheDir.resolve("pom.xml");
    Files.writeString(pom, pom(version), StandardCharsets.UTF_8);
    Path partial = cacheDir.resolve(classpathFile.getFileName() + ".partial");
    Files.deleteIfExists(partial);
    Path log = cacheDir.resolve("mvn.log");

    List<String> command = new ArrayList<>(List.of(mavenExecutable(), "-B", "-q", "-Dstyle.color=never",
        "-f", pom.toString(), "dependency:build-classpath", "-Dmdep.outputFile=" + partial));
    if (repoLocal != null && !repoLocal.isBlank()) {
      command.add("-Dmaven.repo.local=" + repoLocal);
    }
    Process maven;
    try {
      maven = new ProcessBuilder(command).directory(cacheDir.toFile())
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot run Maven (" + command.get(0) + ") to resolve Apache Cassandra "
          + version + ": put mvn on the PATH or set COODIE4J_MVN to the Maven executable", e);
    }
    try {
      if (!maven.waitFor(MAVEN_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        maven.destroyForcibly();
        throw new IllegalStateException("Maven did not resolve Apache Cassandra " + version + " within "
            + MAVEN_TIMEOUT_MINUTES + " minutes: " + String.join(" ", command) + "\n" + Logs.tail(log, 40));
      }
    } catch (InterruptedException e) {
      maven.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while Maven resolved Apache Cassandra " + version, e);
    }
    if (maven.exitValue() != 0 || !Files.isRegularFile(partial)) {
      throw new IllegalStateException("Maven failed (exit " + maven.exitValue() + ") to resolve Apache Cassandra "
          + version + ": " + String.join(" ", command) + "\n" + Logs.tail(log, 40));
    }
    Files.move(partial, classpathFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static String mavenExecutable() {
    String configured = System.getenv("COODIE4J_MVN");
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    return windows ? "mvn.cmd" : "mvn";
  }

  private static String pom(String version) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- generated by the coodie4j test kit to resolve the embedded server's class path -->
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>dev.coodie4j.embedded</groupId>
          <artifactId>cassandra-classpath</artifactId>
          <version>1</version>
          <packaging>pom</packaging>
          <dependencies>
            <dependency>
              <groupId>org.apache.cassandra</groupId>
              <artifactId>cassandra-all</artifactId>
              <version>%s</version>
            </dependency>
          </dependencies>
          <build>
            <plugins>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-dependency-plugin</artifactId>
                <version>%s</version>
              </plugin>
            </plugins>
          </build>
        </project>
        """.formatted(version, DEPENDENCY_PLUGIN_VERSION);
  }
}
