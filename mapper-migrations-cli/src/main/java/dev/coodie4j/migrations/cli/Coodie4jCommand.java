package dev.coodie4j.migrations.cli;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import dev.coodie4j.Mapper;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.migrations.ChecksumMismatchException;
import dev.coodie4j.migrations.GeneratedMigration;
import dev.coodie4j.migrations.MigrationInfo;
import dev.coodie4j.migrations.MigrationLockException;
import dev.coodie4j.migrations.MigrationRunner;
import dev.coodie4j.migrations.MigrationState;
import dev.coodie4j.migrations.PlannedMigration;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code java -jar mapper-migrations-cli-<version>-all.jar <command> [options]}. */
@Command(name = "coodie4j", mixinStandardHelpOptions = true, versionProvider = Coodie4jCommand.Version.class,
    description = "Versioned schema migrations for Apache Cassandra and ScyllaDB.",
    subcommands = {Coodie4jCommand.Migrate.class, Coodie4jCommand.Status.class, Coodie4jCommand.DryRun.class,
        Coodie4jCommand.Rollback.class, Coodie4jCommand.Baseline.class, Coodie4jCommand.Repair.class,
        Coodie4jCommand.MakeMigration.class, Coodie4jCommand.SchemaDiff.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done; status and schema-diff: nothing pending or different",
        "1:failure (a migration failed, the server refused, bad input)",
        "2:status: migrations pending or failed; schema-diff: the schema differs",
        "3:applied migrations changed since they ran (checksum mismatch)",
        "4:the migration lock was held too long by another runner", "64:wrong command line"})
public final class Coodie4jCommand {
  private Coodie4jCommand() {}

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the command line, printing to {@code out} and {@code err}; returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine line = new CommandLine(new Coodie4jCommand());
    line.setOut(out);
    line.setErr(err);
    line.setExitCodeExceptionMapper(failure -> failure instanceof ChecksumMismatchException
        ? ExitCodes.CHECKSUM_MISMATCH : failure instanceof MigrationLockException ? ExitCodes.LOCKED
        : ExitCodes.FAILURE);
    line.setExecutionExceptionHandler((failure, commandLine, parsed) -> {
      commandLine.getErr().println("coodie4j " + commandLine.getCommandName() + " failed: " + failure.getMessage());
      return commandLine.getExitCodeExceptionMapper().getExitCode(failure);
    });
    line.setParameterExceptionHandler((failure, unused) -> {
      failure.getCommandLine().getErr().println(failure.getMessage());
      failure.getCommandLine().usage(failure.getCommandLine().getErr());
      return ExitCodes.USAGE;
    });
    int exit = line.execute(args);
    out.flush();
    err.flush();
    return exit;
  }

  /** The version of the jar, from its manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Coodie4jCommand.class.getPackage().getImplementationVersion();
      return new String[] {"coodie4j " + (version == null ? "(development build)" : version)};
    }
  }

  /** Where the cluster and the migrations are; shared by every command. */
  static final class Connection {
    @Option(names = "--contact-point", paramLabel = "HOST:PORT", description = "a node to connect to; repeatable "
        + "(default 127.0.0.1:9042, or the driver config file's)")
    List<String> contactPoints = new ArrayList<>();

    @Option(names = "--datacenter", description = "the local data center (default: the driver config file's, or "
        + "datacenter1)")
    String datacenter;

    @Option(names = "--keyspace", required = true, description = "the keyspace to migrate; it must exist")
    String keyspace;

    @Option(names = "--config", paramLabel = "FILE", description = "a driver configuration file (application.conf "
        + "syntax: credentials, SSL, timeouts)")
    Path config;

    @Option(names = "--location", paramLabel = "DIR|classpath:PATH", description = "where the .cql migrations are; "
        + "repeatable (default: the directory 'migrations')")
    List<String> locations = new ArrayList<>();

    @Option(names = "--classpath", paramLabel = "PATH", split = "[:;,]",
        description = "jars or directories holding Java migrations (listed in META-INF/services) and entities")
    List<Path> classpath = new ArrayList<>();

    @Option(names = "--lock-wait", paramLabel = "SECONDS", description = "how long to wait for another runner's "
        + "lock (default 300)")
    long lockWaitSeconds = 300;

    ClassLoader loader() {
      if (classpath.isEmpty()) {
        return Coodie4jCommand.class.getClassLoader();
      }
      List<URL> urls = new ArrayList<>();
      for (Path path : classpath) {
        try {
          urls.add(path.toUri().toURL());
        } catch (MalformedURLException e) {
          throw new IllegalArgumentException("--classpath " + path + ": " + e.getMessage(), e);
        }
      }
      return new URLClassLoader(urls.toArray(URL[]::new), Coodie4jCommand.class.getClassLoader());
    }

    CqlSession session() {
      CqlSessionBuilder builder = CqlSession.builder();
      if (config != null) {
        builder.withConfigLoader(DriverConfigLoader.fromFile(config.toFile()));
      }
      for (String point : contactPoints) {
        int colon = point.lastIndexOf(':');
        if (colon < 0) {
          throw new IllegalArgumentException("--contact-point " + point + ": write it as HOST:PORT");
        }
        builder.addContactPoint(new InetSocketAddress(point.substring(0, colon),
            Integer.parseInt(point.substring(colon + 1))));
      }
      if (datacenter != null) {
        builder.withLocalDatacenter(datacenter);
      } else if (config == null) {
        builder.withLocalDatacenter("datacenter1");
      }
      return builder.build();
    }

    MigrationRunner runner(CqlSession session, ClassLoader loader) {
      Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace).build();
      MigrationRunner.Builder runner = MigrationRunner.builder(mapper, keyspace).classLoader(loader)
          .lockWait(Duration.ofSeconds(lockWaitSeconds));
      for (String location : locations.isEmpty() ? List.of("migrations") : locations) {
        runner.location(location);
      }
      return runner.build();
    }
  }

  /** A command that works on a runner. */
  abstract static class RunnerCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin
    Connection connection;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      ClassLoader loader = connection.loader();
      Thread.currentThread().setContextClassLoader(loader);
      try (CqlSession session = connection.session()) {
        return run(connection.runner(session, loader), loader, spec.commandLine().getOut());
      }
    }

    abstract int run(MigrationRunner runner, ClassLoader loader, PrintWriter out);

    static void print(PrintWriter out, MigrationInfo info) {
      out.printf("%-20s %-18s %s%s%n", info.version(), info.state(), info.description(),
          info.appliedAt() == null ? "" : "  (" + info.appliedAt() + " by " + info.appliedBy() + ", "
              + info.durationMillis() + " ms)");
    }
  }

  @Command(name = "migrate", description = "Applies pending and failed migrations, in version order.")
  static final class Migrate extends RunnerCommand {
    @Option(names = "--target", paramLabel = "VERSION", description = "stop after this version")
    String target;

    @Override
    int run(MigrationRunner runner, ClassLoader loader, PrintWriter out) {
      List<MigrationInfo> applied = runner.migrate(target);
      applied.forEach(info -> print(out, info));
      out.println(applied.size() + " migration(s) applied");
      return ExitCodes.OK;
    }
  }

  @Command(name = "status", description = "Lists every migration and its state; exit 2 when any is pending or "
      + "failed, 3 on a checksum mismatch.")
  static final class Status extends RunnerCommand {
    @Override
    int run(MigrationRunner runner, ClassLoader loader, PrintWriter out) {
      List<MigrationInfo> all = runner.status();
      all.forEach(info -> print(out, info));
      if (all.stream().anyMatch(info -> info.state() == MigrationState.CHECKSUM_MISMATCH)) {
        return ExitCodes.CHECKSUM_MISMATCH;
      }
      return all.stream().anyMatch(info -> info.state() == MigrationState.PENDING
          || info.state() == MigrationState.FAILED) ? ExitCodes.PENDING : ExitCodes.OK;
    }
  }

  @Command(name = "dry-run", description = "Prints the CQL the pending migrations would send; sends nothing.")
  static final class DryRun extends RunnerCommand {
    @Override
    int run(MigrationRunner runner, ClassLoader loader, PrintWriter out) {
      for (PlannedMigration planned : runner.dryRun()) {
        out.println("-- " + planned.version() + " " + planned.description());
        planned.statements().forEach(statement -> out.println(statement + (statement.startsWith("--") ? "" : ";")));
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "rollback", description = "Undoes the last applied migrations, newest first.")
  static final class Rollback extends RunnerCommand {
    @Option(names = "--steps", defaultValue = "1", description = "how many (default 1)")
    int steps;

    @Override
    int run(MigrationRunner runner, ClassLoader loader, PrintWriter out) {
      runner.rollback(steps).forEach(info -> out.println("rolled back " + info.version() + " " + info.description()));
      return ExitCodes.OK;
    }
  }

  @Command(name = "baseline", description = "Adopts the existing schema at a version: migrations up to it never run.")
  static final class Baseline extends RunnerCommand {
    @Option(names = "--version", required = true, paramLabel = "VERSION")
    String version;

    @Override
    int run(MigrationRunner runner, ClassLoader loader, PrintWriter out) {
      print(out, runner.baseline(version));
      return ExitCodes.OK;
    }
  }

  @Command(name = "repair", description = "Accepts the changed checksums of applied migrations.")
  static final class Repair extends RunnerCommand {
    @Override
    int run(MigrationRunner runner, ClassLoader loader, PrintWriter out) {
      List<String> repaired = runner.repair();
      repaired.forEach(out::println);
      out.println(repaired.size() + " checksum(s) accepted");
      return ExitCodes.OK;
    }
  }

  /** A command that compares entities with the live schema. */
  abstract static class EntitiesCommand extends RunnerCommand {
    @Option(names = "--entities", required = true, split = ",", paramLabel = "CLASS",
        description = "the entity classes, by name (on --classpath)")
    List<String> entities;

    Class<?>[] entityClasses(ClassLoader loader) {
      List<Class<?>> classes = new ArrayList<>();
      for (String name : entities) {
        try {
          classes.add(Class.forName(name, true, loader));
        } catch (ClassNotFoundException e) {
          throw new IllegalArgumentException("entity class " + name + " is not on --classpath", e);
        }
      }
      return classes.toArray(Class<?>[]::new);
    }
  }

  @Command(name = "make-migration", description = "Writes the next .cql migration from the entities' differences "
      + "with the live schema; unsafe changes become a commented plan.")
  static final class MakeMigration extends EntitiesCommand {
    @Option(names = "--name", required = true, description = "what the migration does, for its file name")
    String name;

    @Option(names = "--dir", paramLabel = "DIR", description = "where to write it (default: the first --location, "
        + "or 'migrations')")
    Path dir;

    @Override
    int run(MigrationRunner runner, ClassLoader loader, PrintWriter out) {
      Path target = dir != null ? dir : Path.of(connection.locations.stream()
          .filter(location -> !location.startsWith("classpath:")).findFirst().orElse("migrations"));
      GeneratedMigration generated = runner.makeMigration(name, target, entityClasses(loader));
      generated.file().ifPresentOrElse(file -> out.println("wrote " + file + " (" + generated.statements().size()
          + " statements)"), () -> out.println("nothing additive to write"));
      generated.unsafe().forEach(change -> out.println("not generated: " + change));
      return generated.unsafe().isEmpty() ? ExitCodes.OK : ExitCodes.PENDING;
    }
  }

  @Command(name = "schema-diff", description = "Prints how the live schema differs from the entities; exit 2 when "
      + "it does.")
  static final class SchemaDiff extends EntitiesCommand {
    @Override
    int run(MigrationRunner runner, ClassLoader loader, PrintWriter out) {
      String report = runner.schemaDiff(entityClasses(loader));
      out.print(report);
      return report.lines().allMatch(line -> line.endsWith(": matches") || line.startsWith("  ? "))
          ? ExitCodes.OK : ExitCodes.PENDING;
    }
  }
}
