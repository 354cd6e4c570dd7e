package dev.coodie4j.internal.sync;

import dev.coodie4j.CoodieException;
import dev.coodie4j.SchemaSyncException;
import dev.coodie4j.internal.metadata.UserTypes;
import dev.coodie4j.internal.render.CqlRenderer;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.schema.SyncResult;
import dev.coodie4j.spi.CqlDriver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
  private static final int MAX_REPLANS = 3;

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
    // a table the driver's metadata lacks is planned as absent without a read: its CREATE TABLE has no IF NOT EXISTS,
    // so if the metadata lagged behind another client, the server refuses it and apply() reads the table and replans.
    // Not a view: CREATE MATERIALIZED VIEW IF NOT EXISTS would pass over a view that exists and differs
    CompletionStage<LiveSchema> read = !dryRun && model.viewOf().isEmpty()
        && driver.tableLikelyAbsent(keyspace, model.table())
        ? readTypes(keyspace).thenApply(types -> new LiveSchema(Optional.empty(), types))
        : readSchema(keyspace);
    return read.thenCompose(schema -> {
      var live = schema.table();
      SchemaPlanner.Plan plan = SchemaPlanner.plan(model, keyspace, live, schema.types(), dropIndexes);
      if (!plan.unmappedColumns().isEmpty()) {
        LOG.log(System.Logger.Level.WARNING, "table {0}.{1} has columns that {2} does not map: {3}",
            keyspace, model.table(), model.entityClass().getName(), plan.unmappedColumns());
      }
      if (dryRun) {
        return CompletableFuture.completedFuture(new SyncResult(plan.statements(), plan.unmappedColumns(), false));
      }
      return apply(keyspace, plan.statements(), List.of(), dropIndexes, 0).thenApply(ran -> {
        synced = true;
        return new SyncResult(ran, plan.unmappedColumns(), true);
      });
    });
  }

  /**
   * Runs the statements one after another, then waits for schema agreement once (only when the driver has not seen
   * it after the last one). When a statement fails, the live schema is read again: another instance syncing the same
   * entity at the same time may have made that change already, and then the new plan goes on from there. Otherwise
   * the failure says what ran before it.
   */
  private CompletionStage<List<String>> apply(String keyspace, List<String> statements, List<String> ran,
      boolean dropIndexes, int replans) {
    CompletableFuture<List<String>> done = new CompletableFuture<>();
    List<String> applied = new ArrayList<>(ran);
    runFrom(0, statements, applied, true).whenComplete((agreed, failure) -> {
      if (failure == null) {
        SchemaAgreement.after(driver, CompletableFuture.completedFuture(agreed)).whenComplete((ok, agreementFailure) -> {
          if (agreementFailure != null) {
            done.completeExceptionally(agreementFailure);
            return;
          }
          if (!ok) {
            LOG.log(System.Logger.Level.WARNING, "schema agreement not reached after syncing {0}.{1}",
                keyspace, model.table());
          }
          done.complete(List.copyOf(applied));
        });
        return;
      }
      Throwable cause = failure instanceof CompletionException && failure.getCause() != null
          ? failure.getCause() : failure;
      String failed = statements.get(applied.size() - ran.size());
      List<String> notRun = statements.subList(applied.size() - ran.size() + 1, statements.size());
      // read what every node agrees on, so that a change another instance just made is seen wherever the read goes
      driver.awaitSchemaAgreement().exceptionally(ignored -> false).thenCompose(ignored -> readSchema(keyspace))
          .whenComplete((schema, readFailure) -> {
        SchemaPlanner.Plan again = null;
        if (readFailure == null) {
          try {
            again = SchemaPlanner.plan(model, keyspace, schema.table(), schema.types(), dropIndexes);
          } catch (dev.coodie4j.SchemaMismatchException mismatch) {
            // another client made the table differently (say, created it with another key): that is the news
            mismatch.addSuppressed(cause);
            done.completeExceptionally(mismatch);
            return;
          } catch (RuntimeException unplannable) {
            again = null;
          }
        }
        if (again != null && replans < MAX_REPLANS && !again.statements().contains(failed)) {
          LOG.log(System.Logger.Level.INFO, "sync of {0}: ''{1}'' failed, but the live schema has that change now "
              + "(another sync at the same time?); going on with {2}", model.entityClass().getName(), failed,
              again.statements());
          apply(keyspace, again.statements(), applied, dropIndexes, replans + 1).whenComplete((all, next) -> {
            if (next != null) {
              done.completeExceptionally(next);
            } else {
              done.complete(all);
            }
          });
          return;
        }
        done.completeExceptionally(new SchemaSyncException(model.entityClass(),
            CqlRenderer.qualified(keyspace, model.table()), applied, failed, notRun, cause));
      });
    });
    return done;
  }

  /** Runs statements[index..] in order, adding each that succeeds to applied; completes with the last agreement. */
  private CompletionStage<Boolean> runFrom(int index, List<String> statements, List<String> applied, boolean agreed) {
    if (index == statements.size()) {
      return CompletableFuture.completedFuture(agreed);
    }
    String statement = statements.get(index);
    CompletionStage<Boolean> sent = driver.executeSchemaChange(statement);
    // logged once sent: formatting the line then overlaps the server's work on the change instead of delaying it
    LOG.log(System.Logger.Level.INFO, "sync of {0}: {1}", model.entityClass().getName(), statement);
    return sent.thenCompose(nowAgreed -> {
      applied.add(statement);
      return runFrom(index + 1, statements, applied, nowAgreed);
    });
  }

  /** The statements sync would run, what it must not change, and unmapped columns, without refusing anything. */
  public CompletionStage<dev.coodie4j.schema.SchemaDiff> diff() {
    String keyspace = requireKeyspace();
    return readSchema(keyspace).thenApply(schema -> {
      SchemaPlanner.Plan plan = SchemaPlanner.compare(model, keyspace, schema.table(), schema.types());
      return new dev.coodie4j.schema.SchemaDiff(model.entityClass(), CqlRenderer.qualified(keyspace, model.table()),
          plan.statements(), plan.problems(), plan.unmappedColumns());
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
    return driver.readTable(keyspace, model.table()).thenCombine(readTypes(keyspace), LiveSchema::new);
  }

  /** The keyspace's user types when the entity uses any, else none (nothing read). */
  private CompletionStage<java.util.Map<String, dev.coodie4j.spi.LiveUserType>> readTypes(String keyspace) {
    boolean usesTypes = !UserTypes.inCreationOrder(model.columns().stream().map(ColumnModel::type).toList()).isEmpty();
    return usesTypes ? driver.readUserTypes(keyspace) : CompletableFuture.completedFuture(java.util.Map.of());
  }

  private String requireKeyspace() {
    if (keyspace == null) {
      throw new CoodieException("no keyspace for " + model.entityClass().getName()
          + ": set @Table(keyspace = ...), Mapper.builder(driver).keyspace(...), or connect the session to a keyspace");
    }
    return keyspace;
  }

}
