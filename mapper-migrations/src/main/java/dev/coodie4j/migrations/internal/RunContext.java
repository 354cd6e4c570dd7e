package dev.coodie4j.migrations.internal;

import dev.coodie4j.Mapper;
import dev.coodie4j.migrations.DestructiveStatementException;
import dev.coodie4j.migrations.Migration;
import dev.coodie4j.migrations.MigrationContext;
import dev.coodie4j.migrations.MigrationException;
import dev.coodie4j.migrations.ScanOptions;
import dev.coodie4j.schema.SyncResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The context one migration runs in: live (statements sent, recorded in order) or a dry run (statements only
 * recorded, scans not run). Destructive statements of a migration not declared destructive are refused before they
 * are sent.
 */
public final class RunContext implements MigrationContext {
  private final Mapper mapper;
  private final String keyspace;
  private final Migration migration;
  private final boolean dryRun;
  private final TokenScan scans;
  private final List<String> statements = Collections.synchronizedList(new ArrayList<>());
  private boolean schemaChanged;
  private boolean allowDestructive;
  private volatile @Nullable String failing;

  public RunContext(Mapper mapper, String keyspace, Migration migration, boolean dryRun, StateStore state) {
    this.mapper = mapper;
    this.keyspace = keyspace;
    this.migration = migration;
    this.dryRun = dryRun;
    this.scans = new TokenScan(mapper, keyspace, migration.version(), state);
  }

  @Override
  public String keyspace() {
    return keyspace;
  }

  @Override
  public boolean dryRun() {
    return dryRun;
  }

  @Override
  public Mapper mapper() {
    return mapper;
  }

  /** Whether a schema change was sent. */
  public boolean schemaChanged() {
    return schemaChanged;
  }

  @Override
  public void execute(String cql, @Nullable Object... values) {
    checkAllowed(cql);
    boolean schemaChange = MigrationScript.isSchemaChange(cql);
    if (schemaChange && values != null && values.length > 0) {
      throw new MigrationException("migration " + migration.version() + ": a schema change takes no bound values, "
          + "got " + values.length + " for '" + cql + "'");
    }
    if (!dryRun) {
      failing = cql;
      if (schemaChange) {
        Stages.join(mapper.driver().executeSchemaChange(cql, keyspace));
        schemaChanged = true;
      } else {
        mapper.cql(cql, values == null ? new Object[0] : values).execute();
      }
      failing = null;
    }
    statements.add(cql);
  }

  /** The statement that was being sent when the migration failed, or null. */
  public @Nullable String failing() {
    return failing;
  }

  /** Lets destructive statements through: a rollback's downgrade undoes what the upgrade created. */
  public RunContext allowingDestructive() {
    this.allowDestructive = true;
    return this;
  }

  /** Refuses a destructive statement the migration did not declare. */
  public void checkAllowed(String cql) {
    if (!allowDestructive && !migration.destructive() && MigrationScript.isDestructive(cql)) {
      String where = migration instanceof CqlFileMigration file ? file.file() : migration.getClass().getName();
      throw new DestructiveStatementException(migration.version(), where, cql);
    }
  }

  @Override
  public boolean keyspaceExists(String name) {
    return !mapper.cql("SELECT keyspace_name FROM system_schema.keyspaces WHERE keyspace_name = ?", name)
        .idempotent(true).maps().isEmpty();
  }

  @Override
  public boolean tableExists(String table) {
    return !mapper.cql("SELECT table_name FROM system_schema.tables WHERE keyspace_name = ? AND table_name = ?",
        keyspace, table).idempotent(true).maps().isEmpty();
  }

  @Override
  public boolean columnExists(String table, String column) {
    return !mapper.cql("SELECT column_name FROM system_schema.columns WHERE keyspace_name = ? AND table_name = ? "
        + "AND column_name = ?", keyspace, table, column).idempotent(true).maps().isEmpty();
  }

  @Override
  public boolean typeExists(String type) {
    return !mapper.cql("SELECT type_name FROM system_schema.types WHERE keyspace_name = ? AND type_name = ?",
        keyspace, type).idempotent(true).maps().isEmpty();
  }

  @Override
  public boolean indexExists(String index) {
    return mapper.cql("SELECT index_name FROM system_schema.indexes WHERE keyspace_name = ?", keyspace)
        .idempotent(true).maps().stream().anyMatch(row -> index.equals(row.get("index_name")));
  }

  @Override
  public void sync(Class<?>... entityClasses) {
    Mapper fresh = onRunnersKeyspace();
    for (Class<?> entity : entityClasses) {
      SyncResult result = dryRun ? fresh.table(entity).syncDryRun() : fresh.table(entity).sync();
      for (String statement : result.statements()) {
        checkAllowed(statement);
      }
      statements.addAll(result.statements());
      schemaChanged |= !dryRun && !result.statements().isEmpty();
    }
  }

  @Override
  public void validateSchema(Class<?>... entityClasses) {
    onRunnersKeyspace().validateSchema(entityClasses);
  }

  /** A mapper on the runner's keyspace that reads the live schema afresh (a rollback may have dropped a table). */
  private Mapper onRunnersKeyspace() {
    return Mapper.builder(mapper.driver()).keyspace(keyspace).naming(mapper.naming()).validation(false).build();
  }

  @Override
  public <T> long scan(String name, Class<T> entityClass, ScanOptions options, RowConsumer<T> consumer) {
    if (dryRun) {
      statements.add("-- scan '" + name + "' of " + mapper.model(entityClass).table() + " in " + options.ranges()
          + " token ranges, " + options.pageSize() + " rows a page (not run in a dry run)");
      return 0;
    }
    return scans.run(name, entityClass, options, consumer);
  }

  @Override
  public List<String> statements() {
    synchronized (statements) {
      return List.copyOf(statements);
    }
  }
}
