package dev.coodie4j.internal.execution;

import dev.coodie4j.internal.check.QuerySpec;
import dev.coodie4j.internal.metadata.EntityMapping;
import dev.coodie4j.internal.metadata.Polymorphism;
import dev.coodie4j.internal.render.CqlRenderer;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.spi.ExecutionOptions;
import dev.coodie4j.spi.ResultPage;
import dev.coodie4j.spi.StatementSpec;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;

/** Reads of one table by key: the row with a full primary key, and every row of a partition. */
public final class KeyReadRunner<T> {
  private final TableOperations<T> table;
  private final EntityMapping<T> mapping;
  private final EntityModel<T> model;
  private final QueryRunner<T> queries;
  private final CompiledStatement selectByPrimaryKey;
  /** {@link #firstRow}, made once rather than per call. */
  private final Function<ResultPage, Optional<T>> firstRow = this::firstRow;

  KeyReadRunner(TableOperations<T> table, EntityMapping<T> mapping, QueryRunner<T> queries, List<Type> columnTypes,
      List<Type> primaryKeyTypes) {
    this.table = table;
    this.mapping = mapping;
    this.model = mapping.model();
    this.queries = queries;
    this.selectByPrimaryKey = new CompiledStatement(new StatementSpec(
        CqlRenderer.select(table.name(), model.columns(), model.primaryKey()), primaryKeyTypes, columnTypes, true));
  }

  public CompletionStage<Optional<T>> get(Object... primaryKey) {
    Object[] key = table.checkKey(primaryKey, model.primaryKey().size(), "get");
    return table.execute(selectByPrimaryKey, ExecutionOptions.DEFAULTS, binding -> {
      for (int i = 0; i < key.length; i++) {
        binding.set(i, key[i]);
      }
    }, firstRow);
  }

  /** The first row of a page, if there is one of this type. */
  private Optional<T> firstRow(ResultPage page) {
    return page.nextRow() && ofThisType(page) ? Optional.of(mapping.instantiator().read(page)) : Optional.empty();
  }

  /** Whether the current row belongs to this record of a type hierarchy (always true outside hierarchies). */
  private boolean ofThisType(ResultPage page) {
    Polymorphism.Discriminator discriminator = mapping.discriminator();
    return discriminator == null || discriminator.value() == null
        || discriminator.value().equals(page.get(discriminator.column()));
  }

  /** Every row of one partition, all pages fetched. */
  public CompletionStage<List<T>> findByPartition(Object... partitionKey) {
    return queries.list(partitionQuery(partitionKey, "findByPartition"));
  }

  /** The rows of one partition, mapped as they are consumed; further pages are fetched when reached. */
  public Iterator<T> iterateByPartition(Object... partitionKey) {
    return queries.iterate(partitionQuery(partitionKey, "streamByPartition"));
  }

  /** Calls the action with each row of one partition as pages arrive. */
  public CompletionStage<Void> forEachInPartition(Consumer<? super T> action, Object... partitionKey) {
    return queries.forEach(partitionQuery(partitionKey, "forEachInPartition"), action);
  }

  private QuerySpec partitionQuery(Object[] partitionKey, String operation) {
    Object[] key = table.checkKey(partitionKey, model.partitionKey().size(), operation);
    QuerySpec query = QuerySpec.ALL;
    for (int i = 0; i < key.length; i++) {
      query = query.withRestriction(mapping, i, QuerySpec.Operator.EQ, key[i]);
    }
    return query;
  }
}
