package dev.coodie4j.internal.execution;

import dev.coodie4j.CoodieException;
import dev.coodie4j.internal.access.Instantiator;
import dev.coodie4j.internal.access.RowMapping;
import dev.coodie4j.internal.check.QuerySpec.Operator;
import dev.coodie4j.internal.check.QuerySpec.Restriction;
import dev.coodie4j.internal.check.QuerySpec;
import dev.coodie4j.internal.metadata.EntityMapping;
import dev.coodie4j.internal.metadata.Polymorphism;
import dev.coodie4j.query.Page;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.spi.ExecutionOptions;
import dev.coodie4j.spi.ResultPage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.IntStream;

/**
 * Runs queries of one table, asynchronously; the sync face joins. A query's shape (everything but values) is compiled
 * once into a statement spec and a row reader, and cached.
 */
public final class QueryRunner<T> {
  /** The aggregate functions. */
  public enum Aggregate {
    COUNT, SUM, AVG, MIN, MAX,
    /** Not an aggregate: the write time of a column in the first row. */
    WRITETIME,
    /** Not an aggregate: the remaining TTL of a column in the first row. */
    TTL;

    boolean perRow() {
      return this == WRITETIME || this == TTL;
    }
  }

  private final TableOperations<T> operations;
  private final EntityMapping<T> mapping;
  private final EntityModel<T> model;
  private final QueryCompiler<T> compiler;

  private final dev.coodie4j.NamingStrategy naming;

  QueryRunner(TableOperations<T> operations, EntityMapping<T> mapping, String table, dev.coodie4j.NamingStrategy naming) {
    this.naming = naming;
    this.operations = operations;
    this.mapping = mapping;
    this.model = mapping.model();
    this.compiler = new QueryCompiler<>(mapping, table, naming);
  }

  public EntityMapping<T> mapping() {
    return mapping;
  }

  public EntityModel<T> model() {
    return model;
  }

  /** The driver the queries run on. */
  public dev.coodie4j.spi.CqlDriver driver() {
    return operations.driver();
  }

  /**
   * A query on one record of a type hierarchy also matches its discriminator; that needs filtering on the server,
   * cheap within a partition.
   */
  private QuerySpec scoped(QuerySpec query) {
    Polymorphism.Discriminator discriminator = mapping.discriminator();
    if (discriminator == null || discriminator.value() == null) {
      return query;
    }
    return query.withRestriction(mapping, discriminator.column(), Operator.EQ, discriminator.value()).withAllowFiltering();
  }

  public CompletionStage<List<T>> list(QuerySpec unscoped) {
    QuerySpec query = scoped(unscoped);
    QueryCompiler.Compiled<T> compiledQuery = compiler.compile(query, null, -1, null);
    return execute(query, compiledQuery, ExecutionOptions.DEFAULTS)
        .thenCompose(page -> ResultRows.collect(page, compiledQuery.reader()::read, new ArrayList<>()));
  }

  public Iterator<T> iterate(QuerySpec unscoped) {
    QuerySpec query = scoped(unscoped);
    QueryCompiler.Compiled<T> compiledQuery = compiler.compile(query, null, -1, null);
    ResultPage first = Futures.join(Futures.mayWait(operations.driver()), execute(query, compiledQuery, ExecutionOptions.DEFAULTS));
    return ResultRows.iterator(operations.driver(), first, compiledQuery.reader());
  }

  /** Calls the action with each row, fetching a page only once the previous one is consumed. */
  public CompletionStage<Void> forEach(QuerySpec unscoped, java.util.function.Consumer<? super T> action) {
    if (action == null) {
      throw new CoodieException(model.entityClass().getSimpleName() + " query: forEach needs an action, got null");
    }
    QuerySpec query = scoped(unscoped);
    QueryCompiler.Compiled<T> compiledQuery = compiler.compile(query, null, -1, null);
    return execute(query, compiledQuery, ExecutionOptions.DEFAULTS)
        .thenCompose(page -> visit(page, compiledQuery.reader(), action));
  }

  private static <R> CompletionStage<Void> visit(ResultPage page, Instantiator<R> reader,
      java.util.function.Consumer<? super R> action) {
    while (page.nextRow()) {
      action.accept(reader.read(page));
    }
    return page.hasMorePages()
        ? page.nextPage().thenCompose(next -> visit(next, reader, action))
        : CompletableFuture.completedFuture(null);
  }

  public CompletionStage<Optional<T>> first(QuerySpec query) {
    QuerySpec one = query.limit() != null && query.limit() == 1 ? query : query.withLimit(1);
    return list(one).thenApply(rows -> rows.stream().findFirst());
  }

  /** The only row, empty if none; more than one is an error. */
  public CompletionStage<Optional<T>> one(QuerySpec query) {
    return list(query.withLimit(2)).thenApply(rows -> {
      if (rows.size() > 1) {
        throw new CoodieException(model.entityClass().getSimpleName()
            + " query expected at most one row but found more: restrict it further, or use first() or list()");
      }
      return rows.stream().findFirst();
    });
  }

  public CompletionStage<Boolean> exists(QuerySpec query) {
    List<Integer> key = IntStream.range(0, model.primaryKey().size()).boxed().toList();
    return first(query.withSelected(key)).thenApply(Optional::isPresent);
  }

  /** Every matching row as a record whose components name the columns to select. */
  public <R> CompletionStage<List<R>> listAs(QuerySpec unscoped, Class<R> type) {
    QuerySpec query = scoped(unscoped);
    RowMapping<R> target = RowMapping.of(type, naming);
    List<Integer> columns = new ArrayList<>();
    for (String name : target.columnNames()) {
      int index = IntStream.range(0, model.columns().size())
          .filter(i -> model.columns().get(i).name().equals(name)).findFirst()
          .orElseThrow(() -> new CoodieException(type.getName() + " names column '" + name + "', which "
              + model.entityClass().getSimpleName() + " does not map; its columns are "
              + model.columns().stream().map(ColumnModel::name).toList()));
      columns.add(index);
    }
    QuerySpec projected = query.withSelected(columns);
    QueryCompiler.Compiled<R> compiledQuery = compiler.compile(projected, null, -1, type);
    return execute(projected, compiledQuery, ExecutionOptions.DEFAULTS)
        .thenCompose(page -> ResultRows.collect(page, compiledQuery.reader()::read, new ArrayList<>()));
  }

  public CompletionStage<Object> aggregate(QuerySpec unscoped, Aggregate function, int column) {
    QuerySpec query = scoped(unscoped);
    if (function.perRow()) {
      QuerySpec first = query.withLimit(1);
      return execute(first, compiler.compile(first, function, column, null), ExecutionOptions.DEFAULTS)
          .thenApply(page -> page.nextRow() ? page.get(0) : null);
    }
    if (!query.groupBy().isEmpty()) {
      throw new CoodieException(model.entityClass().getSimpleName() + " query: " + function + " with groupBy returns "
          + "a row per group; read it with mapper.cql(...).list(YourRecord.class)");
    }
    if (query.limit() != null || query.perPartitionLimit() != null || !query.orderBy().isEmpty() || query.distinct()) {
      throw new CoodieException(model.entityClass().getSimpleName() + " query: " + function
          + " cannot be combined with limit, perPartitionLimit, orderBy or distinct: Cassandra applies them to the"
          + " single result row, not to the rows aggregated");
    }
    return execute(query, compiler.compile(query, function, column, null), ExecutionOptions.DEFAULTS).thenApply(page -> {
      page.nextRow();
      return page.get(0);
    });
  }

  public CompletionStage<Page<T>> page(QuerySpec unscoped, int pageSize, String pagingToken) {
    QuerySpec query = scoped(unscoped);
    if (pageSize < 1) {
      throw new CoodieException("page size must be at least 1, got " + pageSize);
    }
    if (query.ann() != null) {
      throw new CoodieException(model.entityClass().getSimpleName() + " query: Cassandra returns an ANN query's "
          + "limit in one answer and does not page it, so page(" + pageSize + ") would ignore its size: use list(), "
          + "with the limit as the number of rows");
    }
    QueryCompiler.Compiled<T> compiledQuery = compiler.compile(query, null, -1, null);
    String cql = compiledQuery.spec().cql();
    List<Object> values = boundValues(query);
    PagingTokens tokens = operations.pagingTokens();
    byte[] state = pagingToken == null ? null
        : tokens.decode(pagingToken, cql, values, model.entityClass().getSimpleName() + " query");
    return execute(query, compiledQuery, new ExecutionOptions(null, null, null, pageSize, state)).thenApply(page -> {
      List<T> items = new ArrayList<>();
      while (page.nextRow()) {
        items.add(compiledQuery.reader().read(page));
      }
      byte[] next = page.hasMorePages() ? page.pagingState() : null;
      return new Page<>(items, Optional.ofNullable(next).map(bytes -> tokens.encode(cql, values, bytes)));
    });
  }

  /** Every value a query binds, in marker order. */
  private static List<Object> boundValues(QuerySpec query) {
    List<Object> values = new ArrayList<>(query.where().size() + 3);
    for (Restriction restriction : query.where()) {
      values.add(restriction.value());
    }
    if (query.ann() != null) {
      values.add(query.ann().vector());
    }
    values.add(query.perPartitionLimit());
    values.add(query.limit());
    return values;
  }

  /** Runs a compiled query; {@code paging} gives a page size and paging state, else the query's fetch size. */
  private CompletionStage<ResultPage> execute(QuerySpec query, QueryCompiler.Compiled<?> compiledQuery, ExecutionOptions paging) {
    ExecutionOptions read = query.read();
    ExecutionOptions effective = paging.pageSize() > 0
        ? new ExecutionOptions(read.consistency(), null, read.timeout(), paging.pageSize(), paging.pagingState())
        : read;
    return operations.execute(compiledQuery.spec(), effective, binding -> {
      int index = 0;
      for (Restriction restriction : query.where()) {
        binding.set(index++, restriction.value());
      }
      if (query.ann() != null) {
        binding.set(index++, query.ann().vector());
      }
      if (query.perPartitionLimit() != null) {
        binding.setInt(index++, query.perPartitionLimit());
      }
      if (query.limit() != null) {
        binding.setInt(index, query.limit());
      }
    });
  }

}
