package dev.coodie4j.internal;

import dev.coodie4j.CoodieException;
import dev.coodie4j.SyncResult;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.spi.Binding;
import dev.coodie4j.spi.PreparedCql;
import dev.coodie4j.spi.ResultPage;
import dev.coodie4j.spi.StatementSpec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one implementation of every operation on an entity's table, asynchronous; the sync face joins it. Statement
 * specs are built here once; per call only values are bound.
 */
public final class TableOperations<T> {
  private static final System.Logger LOG = System.getLogger(TableOperations.class.getName());

  private final EntityMapping<T> mapping;
  private final EntityModel<T> model;
  private final MapperRuntime runtime;
  private final String keyspace;
  private final String table;
  private final int primaryKeySize;
  private final int partitionKeySize;
  private final StatementSpec insert;
  private final StatementSpec selectByPrimaryKey;
  private final StatementSpec deleteByPrimaryKey;
  private final StatementSpec selectByPartition;
  private volatile boolean synced;

  public TableOperations(Class<T> type, MapperRuntime runtime) {
    this.mapping = EntityMapping.of(type);
    this.model = mapping.model();
    this.runtime = runtime;
    this.keyspace = model.keyspace().or(runtime::keyspace).or(() -> runtime.driver().sessionKeyspace()).orElse(null);
    this.table = CqlRenderer.qualified(keyspace, model.table());
    List<ColumnModel> columns = model.columns();
    List<ColumnModel> primaryKey = model.primaryKey();
    this.primaryKeySize = primaryKey.size();
    this.partitionKeySize = model.partitionKey().size();
    List<Class<?>> allTypes = javaTypes(columns);
    this.insert = new StatementSpec(CqlRenderer.insert(table, columns), allTypes, List.of(), true);
    this.selectByPrimaryKey = new StatementSpec(
        CqlRenderer.select(table, columns, primaryKey), javaTypes(primaryKey), allTypes, true);
    this.deleteByPrimaryKey = new StatementSpec(CqlRenderer.delete(table, primaryKey), javaTypes(primaryKey), List.of(), true);
    this.selectByPartition = new StatementSpec(
        CqlRenderer.select(table, columns, model.partitionKey()), javaTypes(model.partitionKey()), allTypes, true);
  }

  private static List<Class<?>> javaTypes(List<ColumnModel> columns) {
    return columns.stream().<Class<?>>map(ColumnModel::javaType).toList();
  }

  public EntityModel<T> model() {
    return model;
  }

  public CompletionStage<Void> save(T entity, WriteOptions options) {
    requireEntity(entity, "save");
    boolean writeNulls = switch (options.nulls()) {
      case MAPPER_DEFAULT -> runtime.writeNulls();
      case WRITE -> true;
      case LEAVE_UNSET -> false;
    };
    return execute(insert, binding -> {
      for (int i = 0; i < mapping.columnCount(); i++) {
        if (mapping.write(entity, i, binding, i)) {
          continue;
        }
        if (i < primaryKeySize) {
          throw nullKey(model.columns().get(i), "save");
        } else if (writeNulls) {
          binding.setNull(i);
        }
      }
    }).thenApply(page -> null);
  }

  public CompletionStage<Optional<T>> get(Object... primaryKey) {
    return bindKey(selectByPrimaryKey, primaryKey, primaryKeySize, "get")
        .thenApply(page -> page.nextRow() ? Optional.of(mapping.instantiator().read(page)) : Optional.empty());
  }

  public CompletionStage<Void> delete(T entity) {
    requireEntity(entity, "delete");
    return execute(deleteByPrimaryKey, binding -> {
      for (int i = 0; i < primaryKeySize; i++) {
        if (!mapping.write(entity, i, binding, i)) {
          throw nullKey(model.columns().get(i), "delete");
        }
      }
    }).thenApply(page -> null);
  }

  public CompletionStage<Void> deleteByKey(Object... primaryKey) {
    return bindKey(deleteByPrimaryKey, primaryKey, primaryKeySize, "deleteByKey").thenApply(page -> null);
  }

  /** Every row of one partition, all pages fetched. */
  public CompletionStage<List<T>> findByPartition(Object... partitionKey) {
    return bindKey(selectByPartition, partitionKey, partitionKeySize, "findByPartition")
        .thenCompose(page -> collect(page, new ArrayList<>()));
  }

  /** The rows of one partition, mapped as they are consumed; further pages are fetched when reached. */
  public Iterator<T> iterateByPartition(Object... partitionKey) {
    ResultPage first = Futures.join(bindKey(selectByPartition, partitionKey, partitionKeySize, "streamByPartition"));
    return new RowIterator(first);
  }

  private CompletionStage<List<T>> collect(ResultPage page, List<T> into) {
    while (page.nextRow()) {
      into.add(mapping.instantiator().read(page));
    }
    return page.hasMorePages() ? page.nextPage().thenCompose(next -> collect(next, into)) : CompletableFuture.completedFuture(into);
  }

  public CompletionStage<SyncResult> sync(boolean dryRun) {
    if (synced && !dryRun) {
      return CompletableFuture.completedFuture(new SyncResult(List.of(), List.of(), true));
    }
    String keyspace = requireKeyspace();
    return runtime.driver().readTable(keyspace, model.table()).thenCompose(live -> {
      SchemaPlanner.Plan plan = SchemaPlanner.plan(model, keyspace, live);
      if (!plan.unmappedColumns().isEmpty()) {
        LOG.log(System.Logger.Level.WARNING, "table {0}.{1} has columns that {2} does not map: {3}",
            keyspace, model.table(), model.entityClass().getName(), plan.unmappedColumns());
      }
      if (dryRun) {
        return CompletableFuture.completedFuture(new SyncResult(plan.statements(), plan.unmappedColumns(), false));
      }
      CompletionStage<Void> chain = CompletableFuture.completedFuture(null);
      for (String statement : plan.statements()) {
        chain = chain.thenCompose(ignored -> runtime.driver().executeSchemaChange(statement));
      }
      if (!plan.statements().isEmpty()) {
        chain = chain.thenCompose(ignored -> runtime.driver().awaitSchemaAgreement()).thenAccept(agreed -> {
          if (!agreed) {
            LOG.log(System.Logger.Level.WARNING, "schema agreement not reached after syncing {0}.{1}",
                keyspace, model.table());
          }
        });
      }
      return chain.thenApply(ignored -> {
        synced = true;
        return new SyncResult(plan.statements(), plan.unmappedColumns(), true);
      });
    });
  }

  private String requireKeyspace() {
    if (keyspace == null) {
      throw new CoodieException("no keyspace for " + model.entityClass().getName()
          + ": set @Table(keyspace = ...), Mapper.builder(driver).keyspace(...), or connect the session to a keyspace");
    }
    return keyspace;
  }

  private CompletionStage<ResultPage> bindKey(StatementSpec spec, Object[] values, int expected, String operation) {
    if (values == null || values.length != expected) {
      throw new CoodieException(model.entityClass().getSimpleName() + "." + operation + " takes " + expected
          + " key value(s) " + describe(model.columns().subList(0, expected)) + ", got "
          + (values == null ? "null" : values.length));
    }
    for (int i = 0; i < expected; i++) {
      ColumnModel column = model.columns().get(i);
      if (values[i] == null) {
        throw nullKey(column, operation);
      }
      if (!Primitives.box(column.javaType()).isInstance(values[i])) {
        throw new CoodieException(model.entityClass().getSimpleName() + "." + operation + ": key value " + values[i]
            + " (" + values[i].getClass().getName() + ") for column \"" + column.name() + "\" must be a "
            + Primitives.box(column.javaType()).getName());
      }
    }
    return execute(spec, binding -> {
      for (int i = 0; i < expected; i++) {
        binding.set(i, values[i]);
      }
    });
  }

  private CompletionStage<ResultPage> execute(StatementSpec spec, java.util.function.Consumer<Binding> binder) {
    CompletableFuture<PreparedCql> prepared = runtime.statements().get(spec);
    Function<PreparedCql, CompletionStage<ResultPage>> run = statement -> {
      Binding binding = statement.bind();
      binder.accept(binding);
      return binding.execute();
    };
    if (prepared.isDone() && !prepared.isCompletedExceptionally()) {
      return run.apply(prepared.join());
    }
    return prepared.thenCompose(run);
  }

  private void requireEntity(T entity, String operation) {
    if (entity == null) {
      throw new CoodieException(model.entityClass().getSimpleName() + "." + operation + " was given null: pass an entity");
    }
  }

  private CoodieException nullKey(ColumnModel column, String operation) {
    return new CoodieException(model.entityClass().getSimpleName() + "." + operation + ": primary key property '"
        + column.property() + "' (column \"" + column.name() + "\") is null; set it first");
  }

  private static String describe(List<ColumnModel> columns) {
    return columns.stream()
        .map(c -> c.property() + ": " + c.javaType().getSimpleName())
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private final class RowIterator implements Iterator<T> {
    private ResultPage page;
    private boolean onUnreadRow;

    RowIterator(ResultPage first) {
      this.page = first;
    }

    @Override
    public boolean hasNext() {
      while (!onUnreadRow) {
        if (page.nextRow()) {
          onUnreadRow = true;
        } else if (page.hasMorePages()) {
          page = Futures.join(page.nextPage());
        } else {
          return false;
        }
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      onUnreadRow = false;
      return mapping.instantiator().read(page);
    }
  }
}
