package dev.coodie4j.migrations;

import dev.coodie4j.Mapper;
import dev.coodie4j.migrations.internal.Autogen;
import dev.coodie4j.migrations.internal.CqlFileMigration;
import dev.coodie4j.migrations.internal.Discovery;
import dev.coodie4j.migrations.internal.MigrationLock;
import dev.coodie4j.migrations.internal.RunContext;
import dev.coodie4j.migrations.internal.StateStore;
import dev.coodie4j.migrations.internal.StateStore.Outcome;
import dev.coodie4j.migrations.internal.Stages;
import dev.coodie4j.migrations.internal.Versions;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Applies migrations to one keyspace, in version order, once across every instance: each operation that changes
 * anything holds the lock, and every run is recorded in the state table {@code coodie4j_migrations}. Blocking; call
 * it from the application's thread, at startup or from a deployment step.
 *
 * <pre>{@code
 * MigrationRunner runner = MigrationRunner.builder(mapper, "shop").classpath("db/migrations").build();
 * runner.migrate();
 * }</pre>
 */
public final class MigrationRunner {
  private static final System.Logger LOG = System.getLogger("dev.coodie4j.migrations");
  private static final Pattern SERVER_LINE = Pattern.compile("line (\\d+):(\\d+)");

  private final Mapper mapper;
  private final String keyspace;
  private final List<Migration> migrations;
  private final StateStore state;
  private final Duration lockTtl;
  private final Duration lockWait;
  private final String appliedBy;

  private MigrationRunner(Builder builder) {
    this.mapper = builder.mapper;
    this.keyspace = builder.keyspace;
    this.migrations = Discovery.find(builder.classpath, builder.directories, builder.given, builder.serviceLoader,
        builder.classLoader);
    this.state = new StateStore(mapper, keyspace);
    this.lockTtl = builder.lockTtl;
    this.lockWait = builder.lockWait;
    this.appliedBy = builder.appliedBy;
  }

  /**
   * A runner on a mapper, for a keyspace that exists. Everything a migration reaches (its CQL, {@code sync},
   * {@code validateSchema}, scans) goes to this keyspace, whatever the mapper's own; the mapper gives the session and
   * the naming strategy.
   */
  public static Builder builder(Mapper mapper, String keyspace) {
    return new Builder(mapper, keyspace);
  }

  /** The migrations found, in version order. */
  public List<Migration> migrations() {
    return migrations;
  }

  /** Applies every pending (or failed) migration, in order; returns what it applied. */
  public List<MigrationInfo> migrate() {
    return migrate(null);
  }

  /** Applies pending migrations up to and including {@code targetVersion}. */
  public List<MigrationInfo> migrate(@Nullable String targetVersion) {
    return locked(() -> {
      List<MigrationInfo> applied = new ArrayList<>();
      for (Migration migration : pending(refuseMismatches(), targetVersion)) {
        applied.add(apply(migration));
      }
      return applied;
    });
  }

  /** Every migration found or recorded, in version order, with its state; changes nothing. */
  public List<MigrationInfo> status() {
    createTables();
    Map<String, StateStore.Row> rows = rows();
    String baseline = baseline(rows);
    Map<String, MigrationInfo> all = new TreeMap<>(Versions.ORDER);
    for (Migration migration : migrations) {
      StateStore.Row row = rows.get(migration.version());
      all.put(migration.version(), info(migration, row, baseline));
    }
    for (StateStore.Row row : rows.values()) {
      if (!all.containsKey(row.version())) {
        all.put(row.version(), new MigrationInfo(row.version(), row.description(),
            row.outcome() == Outcome.BASELINE ? MigrationState.BASELINE : MigrationState.MISSING, row.checksum(),
            row.appliedAt(), row.appliedBy(), row.durationMillis(), row.statements(), row.error()));
      }
    }
    return List.copyOf(all.values());
  }

  /** The CQL each pending migration would send, in order; sends nothing but reads of the schema. */
  public List<PlannedMigration> dryRun() {
    createTables();
    List<PlannedMigration> planned = new ArrayList<>();
    for (Migration migration : pending(refuseMismatches(), null)) {
      RunContext context = new RunContext(mapper, keyspace, migration, true, state);
      precheck(migration, context);
      try {
        migration.upgrade(context);
      } catch (MigrationException e) {
        throw e;
      } catch (Exception e) {
        throw new MigrationException("dry run of migration " + migration.version() + " failed: " + e.getMessage(), e);
      }
      planned.add(new PlannedMigration(migration.version(), migration.description(), context.statements()));
    }
    return planned;
  }

  /**
   * Undoes the last {@code steps} applied migrations, newest first. Refuses, before undoing anything, when one of them
   * has no downgrade.
   */
  public List<MigrationInfo> rollback(int steps) {
    return locked(() -> {
      Map<String, StateStore.Row> rows = refuseMismatches();
      List<Migration> applied = new ArrayList<>();
      for (Migration migration : migrations) {
        StateStore.Row row = rows.get(migration.version());
        if (row != null && row.outcome() == Outcome.APPLIED) {
          applied.add(0, migration);
        }
      }
      if (steps < 1 || steps > applied.size()) {
        throw new MigrationException("cannot roll back " + steps + " migrations: " + applied.size() + " are applied");
      }
      List<Migration> undo = applied.subList(0, steps);
      for (Migration migration : undo) {
        if (!reversible(migration)) {
          throw new IrreversibleMigrationException(migration.version(), migration.description());
        }
      }
      List<MigrationInfo> done = new ArrayList<>();
      for (Migration migration : undo) {
        done.add(run(migration, true));
      }
      return done;
    });
  }

  /**
   * Adopts an existing schema at {@code version}: migrations up to it are taken as applied and never run. Refused when
   * the keyspace already has applied migrations or a baseline.
   */
  public MigrationInfo baseline(String version) {
    Versions.check(version, "baseline");
    return locked(() -> {
      for (StateStore.Row row : rows().values()) {
        if (row.outcome() == Outcome.APPLIED || row.outcome() == Outcome.BASELINE) {
          throw new MigrationException("cannot baseline keyspace " + keyspace + " at " + version + ": version "
              + row.version() + " is already " + row.outcome().name().toLowerCase(java.util.Locale.ROOT));
        }
      }
      Instant now = Instant.now();
      state.record(version, "baseline", "", Outcome.BASELINE, now, appliedBy, 0, List.of(), null);
      LOG.log(System.Logger.Level.INFO, "keyspace {0} baselined at {1}", keyspace, version);
      return new MigrationInfo(version, "baseline", MigrationState.BASELINE, "", now, appliedBy, 0, List.of(), null);
    });
  }

  /**
   * Accepts the current checksums of applied migrations that changed since they ran; returns what it changed,
   * {@code version: old -> new}.
   */
  public List<String> repair() {
    return locked(() -> {
      Map<String, StateStore.Row> rows = rows();
      List<String> repaired = new ArrayList<>();
      for (Migration migration : migrations) {
        StateStore.Row row = rows.get(migration.version());
        if (row != null && row.outcome() == Outcome.APPLIED && !row.checksum().equals(migration.checksum())) {
          state.updateChecksum(row.version(), migration.checksum());
          repaired.add(row.version() + ": " + row.checksum() + " -> " + migration.checksum());
        }
      }
      LOG.log(System.Logger.Level.INFO, "repair of {0}: {1}", keyspace, repaired);
      return repaired;
    });
  }

  /**
   * How the live schema differs from the entities, in words: the statements {@code sync} would run ({@code +}),
   * changes Cassandra cannot make in place ({@code !}), live columns the entities do not map ({@code ?}).
   */
  public String schemaDiff(Class<?>... entityClasses) {
    return Autogen.report(schemaMapper().schemaDiff(entityClasses));
  }

  /**
   * Writes the next {@code .cql} migration, {@code V<today>_<NNN>__<name>.cql} in {@code directory}, with the
   * additive statements that make the live schema fit the entities. A change Cassandra cannot make in place (a
   * column's type, the primary key) is written as a commented plan (new column or table, copy by scan, switch) and
   * returned in {@link GeneratedMigration#unsafe()}; no file is written when nothing additive is left.
   */
  public GeneratedMigration makeMigration(String name, Path directory, Class<?>... entityClasses) {
    return Autogen.write(mapper, schemaMapper().schemaDiff(entityClasses), migrations, name, directory,
        java.time.LocalDate.now());
  }

  /** A mapper on the runner's keyspace that reads the live schema afresh. */
  private Mapper schemaMapper() {
    return Mapper.builder(mapper.driver()).keyspace(keyspace).naming(mapper.naming()).validation(false).build();
  }

  // ---- running

  private MigrationInfo apply(Migration migration) {
    return run(migration, false);
  }

  private MigrationInfo run(Migration migration, boolean down) {
    RunContext context = new RunContext(mapper, keyspace, migration, false, state);
    if (down) {
      context.allowingDestructive();
    } else {
      precheck(migration, context);
    }
    Instant at = Instant.now();
    long started = System.nanoTime();
    String what = (down ? "rollback of " : "") + migration.version() + " (" + migration.description() + ")";
    LOG.log(System.Logger.Level.INFO, "migration {0} of keyspace {1}: starting", what, keyspace);
    try {
      if (down) {
        ((ReversibleMigration) migration).downgrade(context);
      } else {
        migration.upgrade(context);
      }
    } catch (Exception e) {
      long millis = (System.nanoTime() - started) / 1_000_000;
      MigrationException failure = failure(migration, context, e, down);
      state.record(migration.version(), migration.description(), migration.checksum(), Outcome.FAILED, at, appliedBy,
          millis, context.statements(), failure.getMessage());
      throw failure;
    }
    if (context.schemaChanged() && !Stages.join(mapper.driver().awaitSchemaAgreement())) {
      LOG.log(System.Logger.Level.WARNING, "schema agreement not reached after migration {0}", what);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    Outcome outcome = down ? Outcome.ROLLED_BACK : Outcome.APPLIED;
    state.record(migration.version(), migration.description(), migration.checksum(), outcome, at, appliedBy, millis,
        context.statements(), null);
    state.clearScans(migration.version());
    LOG.log(System.Logger.Level.INFO, "migration {0} of keyspace {1}: {2} in {3} ms", what, keyspace,
        outcome.name().toLowerCase(java.util.Locale.ROOT), millis);
    return new MigrationInfo(migration.version(), migration.description(),
        down ? MigrationState.PENDING : MigrationState.APPLIED, migration.checksum(), at, appliedBy, millis,
        context.statements(), null);
  }

  /** A .cql migration's destructive statements are refused before any of its statements runs. */
  private static void precheck(Migration migration, RunContext context) {
    if (migration instanceof CqlFileMigration file) {
      for (var statement : file.script().statements()) {
        context.checkAllowed(statement.cql());
      }
    }
  }

  private MigrationException failure(Migration migration, RunContext context, Exception e, boolean down) {
    String description = (down ? "rollback: " : "") + migration.description();
    if (e instanceof DestructiveStatementException refused) {
      return refused;
    }
    if (e instanceof CqlFileMigration.StatementFailure statementFailure) {
      var statement = statementFailure.statement();
      Throwable cause = statementFailure.getCause();
      if (cause instanceof DestructiveStatementException refused) {
        return refused;
      }
      for (Throwable t = cause; t != null; t = t.getCause()) {
        if (t.getClass().getSimpleName().equals("SyntaxError")) {
          Matcher m = SERVER_LINE.matcher(String.valueOf(t.getMessage()));
          int line = statement.line() + (m.find() ? Integer.parseInt(m.group(1)) - 1 : 0);
          return new MigrationSyntaxException(migration.version(), description, statementFailure.file(), line,
              context.statements(), statement.cql(), String.valueOf(t.getMessage()), cause);
        }
      }
      return new MigrationFailedException(migration.version(), description, context.statements(), statement.cql(),
          statementFailure.file() + ", line " + statement.line() + ": " + cause.getMessage(), cause);
    }
    return new MigrationFailedException(migration.version(), description, context.statements(), context.failing(),
        String.valueOf(e.getMessage()), e);
  }

  private static boolean reversible(Migration migration) {
    return migration instanceof CqlFileMigration file ? file.undo().isPresent()
        : migration instanceof ReversibleMigration;
  }

  // ---- state

  private <T> T locked(Supplier<T> operation) {
    createTables();
    String owner = appliedBy + " " + UUID.randomUUID().toString().substring(0, 8);
    try (MigrationLock lock = MigrationLock.acquire(mapper, keyspace, owner, lockTtl, lockWait)) {
      T result = operation.get();
      if (lock.lost()) {
        throw new MigrationLockException("the migration lock of keyspace " + keyspace + " expired or was taken while "
            + owner + " held it: raise the lock TTL (it was " + lockTtl + ")", null, null);
      }
      return result;
    }
  }

  private void createTables() {
    state.create();
    MigrationLock.create(mapper, keyspace);
  }

  private Map<String, StateStore.Row> rows() {
    Map<String, StateStore.Row> rows = new TreeMap<>(Versions.ORDER);
    for (StateStore.Row row : state.all()) {
      rows.put(row.version(), row);
    }
    return rows;
  }

  /** The rows, after refusing applied migrations whose checksum changed. */
  private Map<String, StateStore.Row> refuseMismatches() {
    Map<String, StateStore.Row> rows = rows();
    List<String> mismatches = new ArrayList<>();
    List<String> versions = new ArrayList<>();
    for (Migration migration : migrations) {
      StateStore.Row row = rows.get(migration.version());
      if (row != null && row.outcome() == Outcome.APPLIED && !row.checksum().equals(migration.checksum())) {
        mismatches.add(migration.version() + " (" + migration.description() + "): applied with checksum "
            + row.checksum() + ", now " + migration.checksum());
        versions.add(migration.version());
      }
    }
    if (!mismatches.isEmpty()) {
      throw new ChecksumMismatchException(mismatches, versions);
    }
    return rows;
  }

  private List<Migration> pending(Map<String, StateStore.Row> rows, @Nullable String target) {
    String baseline = baseline(rows);
    List<Migration> pending = new ArrayList<>();
    for (Migration migration : migrations) {
      MigrationState stateOf = info(migration, rows.get(migration.version()), baseline).state();
      if ((stateOf == MigrationState.PENDING || stateOf == MigrationState.FAILED)
          && (target == null || Versions.compare(migration.version(), target) <= 0)) {
        pending.add(migration);
      }
    }
    return pending;
  }

  private static @Nullable String baseline(Map<String, StateStore.Row> rows) {
    String baseline = null;
    for (StateStore.Row row : rows.values()) {
      if (row.outcome() == Outcome.BASELINE) {
        baseline = row.version();
      }
    }
    return baseline;
  }

  private static MigrationInfo info(Migration migration, StateStore.@Nullable Row row, @Nullable String baseline) {
    MigrationState stateOf;
    if (row == null || row.outcome() == Outcome.ROLLED_BACK) {
      stateOf = baseline != null && Versions.compare(migration.version(), baseline) <= 0
          ? MigrationState.BELOW_BASELINE : MigrationState.PENDING;
    } else {
      stateOf = switch (row.outcome()) {
        case APPLIED -> row.checksum().equals(migration.checksum()) ? MigrationState.APPLIED
            : MigrationState.CHECKSUM_MISMATCH;
        case FAILED -> MigrationState.FAILED;
        case BASELINE -> MigrationState.BASELINE;
        case ROLLED_BACK -> MigrationState.PENDING;
      };
    }
    return row == null
        ? new MigrationInfo(migration.version(), migration.description(), stateOf, migration.checksum(), null, null, 0,
            List.of(), null)
        : new MigrationInfo(migration.version(), migration.description(), stateOf, row.checksum(), row.appliedAt(),
            row.appliedBy(), row.durationMillis(), row.statements(), row.error());
  }

  /** Configures a {@link MigrationRunner}. */
  public static final class Builder {
    private final Mapper mapper;
    private final String keyspace;
    private final List<String> classpath = new ArrayList<>();
    private final List<Path> directories = new ArrayList<>();
    private final List<Migration> given = new ArrayList<>();
    private boolean serviceLoader = true;
    private ClassLoader classLoader = Thread.currentThread().getContextClassLoader() != null
        ? Thread.currentThread().getContextClassLoader() : MigrationRunner.class.getClassLoader();
    private Duration lockTtl = Duration.ofSeconds(60);
    private Duration lockWait = Duration.ofMinutes(5);
    private String appliedBy = defaultAppliedBy();

    private Builder(Mapper mapper, String keyspace) {
      this.mapper = mapper;
      this.keyspace = keyspace;
    }

    /** Reads {@code .cql} migrations from a classpath folder ({@code db/migrations}), in jars or directories. */
    public Builder classpath(String location) {
      classpath.add(location);
      return this;
    }

    /** Reads {@code .cql} migrations from a directory. */
    public Builder directory(Path directory) {
      directories.add(directory);
      return this;
    }

    /**
     * Reads {@code .cql} migrations from a location written as in configuration: {@code classpath:db/migrations}
     * for a classpath folder, anything else for a directory.
     */
    public Builder location(String location) {
      return location.startsWith("classpath:") ? classpath(location) : directory(Path.of(location));
    }

    /** Adds Java migrations. */
    public Builder add(Migration... migrations) {
      given.addAll(List.of(migrations));
      return this;
    }

    /** Whether to add the Java migrations listed for {@link java.util.ServiceLoader} (default true). */
    public Builder serviceLoader(boolean use) {
      this.serviceLoader = use;
      return this;
    }

    /** The class loader the classpath locations and service loader read (default: the thread's context loader). */
    public Builder classLoader(ClassLoader loader) {
      this.classLoader = loader;
      return this;
    }

    /** How long the lock lives without a heartbeat (default 60 s): a crashed runner's lock expires after it. */
    public Builder lockTtl(Duration ttl) {
      this.lockTtl = ttl;
      return this;
    }

    /** How long to wait for another runner's lock before failing (default 5 minutes). */
    public Builder lockWait(Duration wait) {
      this.lockWait = wait;
      return this;
    }

    /** Who is recorded as applying migrations (default: user, host and process id). */
    public Builder appliedBy(String who) {
      this.appliedBy = who;
      return this;
    }

    /** Finds the migrations, refusing two with one version; connects to nothing yet. */
    public MigrationRunner build() {
      return new MigrationRunner(this);
    }

    private static String defaultAppliedBy() {
      String host;
      try {
        host = InetAddress.getLocalHost().getHostName();
      } catch (java.io.IOException e) {
        host = "unknown-host";
      }
      return System.getProperty("user.name", "unknown") + "@" + host + " pid " + ProcessHandle.current().pid();
    }
  }
}
