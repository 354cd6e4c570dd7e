package dev.coodie4j.migrations.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.testkit.CassandraServer;
import dev.coodie4j.testkit.TestServers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executable jar, run as a CI pipeline runs it, against the test kit's server. */
class CliIT {
  private static final Path JAR = Path.of(System.getProperty("coodie4j.cli.jar", "target/none.jar"));

  record Result(int exit, String output) {}

  @Test
  void theJarMigratesReportsStatusWithExitCodesRepairsAndWritesTheNextMigration(@TempDir Path dir) throws Exception {
    assertTrue(Files.isRegularFile(JAR), "the executable jar " + JAR + " was not built");
    CassandraServer server = TestServers.shared();
    try (CqlSession session = server.newSession()) {
      session.execute("CREATE KEYSPACE IF NOT EXISTS cli WITH replication = {'class': 'SimpleStrategy', "
          + "'replication_factor': 1}");
    }
    Path migrations = dir.resolve("migrations");
    Files.createDirectories(migrations);
    Path first = migrations.resolve("V1__notes.cql");
    Files.writeString(first, "CREATE TABLE IF NOT EXISTS note (id int PRIMARY KEY, body text);\n");

    Result pending = run(server, migrations, "status");
    assertEquals(ExitCodes.PENDING, pending.exit(), pending.output());
    assertTrue(pending.output().contains("PENDING") && pending.output().contains("notes"), pending.output());

    Result planned = run(server, migrations, "dry-run");
    assertEquals(ExitCodes.OK, planned.exit(), planned.output());
    assertTrue(planned.output().contains("CREATE TABLE IF NOT EXISTS note (id int PRIMARY KEY, body text);"),
        planned.output());

    Result migrated = run(server, migrations, "migrate");
    assertEquals(ExitCodes.OK, migrated.exit(), migrated.output());
    assertTrue(migrated.output().contains("1 migration(s) applied"), migrated.output());
    assertEquals(ExitCodes.OK, run(server, migrations, "status").exit());

    Files.writeString(first, "CREATE TABLE IF NOT EXISTS note (id int PRIMARY KEY, body text, extra int);\n");
    Result mismatch = run(server, migrations, "status");
    assertEquals(ExitCodes.CHECKSUM_MISMATCH, mismatch.exit(), mismatch.output());
    Result refused = run(server, migrations, "migrate");
    assertEquals(ExitCodes.CHECKSUM_MISMATCH, refused.exit(), refused.output());
    assertTrue(refused.output().contains("changed since they ran"), refused.output());
    assertEquals(ExitCodes.OK, run(server, migrations, "repair").exit());

    String classes = Path.of("target", "test-classes").toAbsolutePath().toString();
    Result differs = run(server, migrations, "schema-diff", "--classpath", classes, "--entities", Note.class.getName());
    assertEquals(ExitCodes.PENDING, differs.exit(), differs.output());
    assertTrue(differs.output().contains("+ ALTER TABLE \"cli\".\"note\" ADD \"author\" text"), differs.output());
    Result made = run(server, migrations, "make-migration", "--name", "note author", "--classpath", classes,
        "--entities", Note.class.getName());
    assertEquals(ExitCodes.OK, made.exit(), made.output());
    assertEquals(2, Files.list(migrations).count(), made.output());
    assertEquals(ExitCodes.OK, run(server, migrations, "migrate").exit());
    Result same = run(server, migrations, "schema-diff", "--classpath", classes, "--entities", Note.class.getName());
    assertEquals(ExitCodes.OK, same.exit(), same.output());

    Result usage = run(server, migrations, "rollback", "--steps", "x");
    assertEquals(ExitCodes.USAGE, usage.exit(), usage.output());
    Result irreversible = run(server, migrations, "rollback");
    assertEquals(ExitCodes.FAILURE, irreversible.exit(), irreversible.output());
    assertTrue(irreversible.output().contains("cannot be rolled back"), irreversible.output());
  }

  private static Result run(CassandraServer server, Path migrations, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    command.addAll(List.of(args));
    command.addAll(List.of("--keyspace", "cli", "--location", migrations.toString(),
        "--datacenter", server.localDatacenter(), "--lock-wait", "30"));
    server.contactPoints().forEach(point -> command.addAll(List.of("--contact-point",
        point.getHostString() + ":" + point.getPort())));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the jar did not exit: " + command);
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }
}
