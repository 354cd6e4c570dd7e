package dev.coodie4j.internal.sync;

import dev.coodie4j.CoodieException;
import dev.coodie4j.internal.metadata.UserTypes;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.schema.SyncResult;
import dev.coodie4j.spi.CqlDriver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The schema side of one entity's table: {@code sync} creates or evolves it (once per mapper, unless asked again with
 * options or as a dry run), {@code differences} compares it with the entity. Plans come from {@link SchemaPlanner}.
 */
public final class TableSync {
  private static final System.Logger LOG = System.getLogger("dev.coodie4j.sync");

  private final EntityModel<?> model;
  private final CqlDriver driver;
  private final String keyspace;
  private volatile boolean synced;

  /** @param keyspace the table's keyspace, or null when none is known (sync then refuses, naming the remedies) */
  public TableSync(EntityModel<?> model, CqlDriver driver, String keyspace) {
    this.model = model;
    this.driver = driver;
    this.keyspace = keyspace;
  }

  /** Syncs, or with {@code dryRun} only plans, with the options given. */
  public CompletionStage<SyncResult> sync(boolean dryRun, dev.coodie4j.schema.SyncOption... options) {
    return sync(dryRun, List.of(options).contains(dev.coodie4j.schema.SyncOption.DROP_UNDECLARED_INDEXES));
  }

  public CompletionStage<SyncResult> sync(boolean dryRun, boolean dropIndexes) {
    if (synced && !dryRun && !dropIndexes) {
      return CompletableFuture.completedFuture(new SyncResult(List.of(), List.of(), true));
    }
    String keyspace = requireKeyspace();
    return readSchema(keyspace).thenCompose(schema -> {
      var live = schema.table();
      SchemaPlanner.Plan plan = SchemaPlanner.plan(model, keyspace, live, schema.types(), dropIndexes);
      if (!plan.unmappedColumns().isEmpty()) {
        LOG.log(System.Logger.Level.WARNING, "table {0}.{1} has columns that {2} does not map: {3}",
            keyspace, model.table(), model.entityClass().getName(), plan.unmappedColumns());
      }
      if (dryRun) {
        return CompletableFuture.completedFuture(new SyncResult(plan.statements(), plan.unmappedColumns(), false));
      }
      // statements run one after another; agreement after the last one covers them all, and is awaited here only
      // when the driver has not seen it already
      CompletionStage<Boolean> chain = CompletableFuture.completedFuture(true);
      for (String statement : plan.statements()) {
        chain = chain.thenCompose(ignored -> {
          LOG.log(System.Logger.Level.INFO, "sync of {0}: {1}", model.entityClass().getName(), statement);
          return driver.executeSchemaChange(statement);
        });
      }
      return SchemaAgreement.after(driver, chain).thenApply(agreed -> {
        if (!agreed) {
          LOG.log(System.Logger.Level.WARNING, "schema agreement not reached after syncing {0}.{1}",
              keyspace, model.table());
        }
        synced = true;
        return new SyncResult(plan.statements(), plan.unmappedColumns(), true);
      });
    });
  }

  /** Every difference between the entity and its live table, changing nothing. */
  public CompletionStage<List<String>> differences() {
    String keyspace = requireKeyspace();
    return readSchema(keyspace).thenApply(schema -> {
      SchemaPlanner.Plan plan = SchemaPlanner.compare(model, keyspace, schema.table(), schema.types());
      List<String> differences = new ArrayList<>(plan.problems());
      differences.addAll(plan.missing());
      return differences;
    });
  }

  private record LiveSchema(Optional<dev.coodie4j.spi.TableSchema> table,
      java.util.Map<String, dev.coodie4j.spi.LiveUserType> types) {}

  /** The live table, and the keyspace's user types when the entity uses any. */
  private CompletionStage<LiveSchema> readSchema(String keyspace) {
    boolean usesTypes = !UserTypes.inCreationOrder(model.columns().stream().map(ColumnModel::type).toList()).isEmpty();
    CompletionStage<java.util.Map<String, dev.coodie4j.spi.LiveUserType>> types = usesTypes
        ? driver.readUserTypes(keyspace)
        : CompletableFuture.completedFuture(java.util.Map.of());
    return driver.readTable(keyspace, model.table()).thenCombine(types, LiveSchema::new);
  }

  private String requireKeyspace() {
    if (keyspace == null) {
      throw new CoodieException("no keyspace for " + model.entityClass().getName()
          + ": set @Table(keyspace = ...), Mapper.builder(driver).keyspace(...), or connect the session to a keyspace");
    }
    return keyspace;
  }

}
