package dev.coodie4j.internal.execution;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.coodie4j.CoodieException;
import dev.coodie4j.internal.access.Instantiator;
import dev.coodie4j.internal.access.RowMapping;
import dev.coodie4j.internal.check.QueryRules;
import dev.coodie4j.internal.check.QuerySpec.Clause;
import dev.coodie4j.internal.check.QuerySpec.Operator;
import dev.coodie4j.internal.check.QuerySpec.Ordering;
import dev.coodie4j.internal.check.QuerySpec.Restriction;
import dev.coodie4j.internal.check.QuerySpec;
import dev.coodie4j.internal.metadata.EntityMapping;
import dev.coodie4j.internal.metadata.Polymorphism;
import dev.coodie4j.internal.metadata.Primitives;
import dev.coodie4j.internal.render.CqlRenderer;
import dev.coodie4j.internal.render.Names;
import dev.coodie4j.query.Page;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.spi.ExecutionOptions;
import dev.coodie4j.spi.ResultPage;
import dev.coodie4j.spi.StatementSpec;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
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

  private record Shape(Aggregate aggregate, int aggregateColumn, List<Integer> selected, boolean distinct,
      List<Clause> clauses, boolean limit, boolean perPartitionLimit, List<Ordering> orderBy, boolean allowFiltering,
      List<Integer> groupBy, Class<?> target, int annColumn) {}

  private record Compiled<R>(StatementSpec spec, Instantiator<R> reader) {}

  private final TableOperations<T> operations;
  private final EntityMapping<T> mapping;
  private final EntityModel<T> model;
  private final String table;
  private final Cache<Shape, Compiled<?>> compiled = Caffeine.newBuilder().maximumSize(1_000).build();

  private final dev.coodie4j.NamingStrategy naming;

  QueryRunner(TableOperations<T> operations, EntityMapping<T> mapping, String table, dev.coodie4j.NamingStrategy naming) {
    this.naming = naming;
    this.operations = operations;
    this.mapping = mapping;
    this.model = mapping.model();
    this.table = table;
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
    return query.withRestriction(model, discriminator.column(), Operator.EQ, discriminator.value()).withAllowFiltering();
  }

  public CompletionStage<List<T>> list(QuerySpec unscoped) {
    QuerySpec query = scoped(unscoped);
    Compiled<T> compiledQuery = compile(query, null, -1, null);
    return execute(query, compiledQuery, ExecutionOptions.DEFAULTS)
        .thenCompose(page -> collect(page, compiledQuery.reader(), new ArrayList<>()));
  }

  public Iterator<T> iterate(QuerySpec unscoped) {
    QuerySpec query = scoped(unscoped);
    Compiled<T> compiledQuery = compile(query, null, -1, null);
    ResultPage first = Futures.join(operations.driver(), execute(query, compiledQuery, ExecutionOptions.DEFAULTS));
    return new RowIterator<>(operations.driver(), first, compiledQuery.reader());
  }

  /** Calls the action with each row, fetching a page only once the previous one is consumed. */
  public CompletionStage<Void> forEach(QuerySpec unscoped, java.util.function.Consumer<? super T> action) {
    if (action == null) {
      throw new CoodieException(model.entityClass().getSimpleName() + " query: forEach needs an action, got null");
    }
    QuerySpec query = scoped(unscoped);
    Compiled<T> compiledQuery = compile(query, null, -1, null);
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
    Compiled<R> compiledQuery = compile(projected, null, -1, type);
    return execute(projected, compiledQuery, ExecutionOptions.DEFAULTS)
        .thenCompose(page -> collect(page, compiledQuery.reader(), new ArrayList<>()));
  }

  public CompletionStage<Object> aggregate(QuerySpec unscoped, Aggregate function, int column) {
    QuerySpec query = scoped(unscoped);
    if (function.perRow()) {
      QuerySpec first = query.withLimit(1);
      return execute(first, compile(first, function, column, null), ExecutionOptions.DEFAULTS)
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
    return execute(query, compile(query, function, column, null), ExecutionOptions.DEFAULTS).thenApply(page -> {
      page.nextRow();
      return page.get(0);
    });
  }

  public CompletionStage<Page<T>> page(QuerySpec unscoped, int pageSize, String pagingToken) {
    QuerySpec query = scoped(unscoped);
    if (pageSize < 1) {
      throw new CoodieException("page size must be at least 1, got " + pageSize);
    }
    Compiled<T> compiledQuery = compile(query, null, -1, null);
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
  private CompletionStage<ResultPage> execute(QuerySpec query, Compiled<?> compiledQuery, ExecutionOptions paging) {
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

  @SuppressWarnings("unchecked")
  private <R> Compiled<R> compile(QuerySpec query, Aggregate aggregate, int aggregateColumn, Class<R> target) {
    List<Integer> selected = query.distinct()
        ? IntStream.range(0, model.partitionKey().size()).boxed().toList()
        : query.selected();
    Shape shape = new Shape(aggregate, aggregateColumn, selected, query.distinct(),
        QuerySpec.clauses(query.where()),
        query.limit() != null, query.perPartitionLimit() != null, query.orderBy(), query.allowFiltering(),
        query.groupBy(), target, query.ann() == null ? -1 : query.ann().column());
    return (Compiled<R>) compiled.get(shape, this::compile);
  }

  private Compiled<?> compile(Shape shape) {
    if (shape.annColumn() >= 0 && !shape.limit()) {
      throw new CoodieException(model.entityClass().getSimpleName() + " query: ANN ordering needs a limit: add limit(n)");
    }
    QueryRules.check(model, shape.clauses(), shape.allowFiltering());
    List<ColumnModel> columns = model.columns();
    String selection;
    List<Type> resultTypes = new ArrayList<>();
    Instantiator<?> reader = null;
    if (shape.aggregate() != null) {
      if (shape.aggregate() == Aggregate.COUNT) {
        selection = "COUNT(*)";
        resultTypes.add(Long.class);
      } else {
        ColumnModel column = columns.get(shape.aggregateColumn());
        if (shape.aggregate().perRow()
            && (column.kind().isPrimaryKey() || !(column.type() instanceof dev.coodie4j.schema.ScalarType))) {
          throw new CoodieException(model.entityClass().getSimpleName() + ": " + shape.aggregate()
              + " reads regular scalar columns, not '" + column.property() + "'");
        }
        selection = CqlRenderer.call(shape.aggregate().name(), column.name());
        resultTypes.add(shape.aggregate() == Aggregate.WRITETIME ? Long.class
            : shape.aggregate() == Aggregate.TTL ? Integer.class : Primitives.box(column.javaType()));
      }
    } else {
      List<Integer> selected = shape.selected() == null
          ? IntStream.range(0, columns.size()).boxed().toList()
          : shape.selected();
      selection = CqlRenderer.names(selected.stream().map(columns::get).toList());
      if (shape.target() != null) {
        RowMapping<?> target = RowMapping.of(shape.target(), naming);
        resultTypes.addAll(target.javaTypes());
        reader = target.instantiator();
      } else {
        selected.forEach(i -> resultTypes.add(columns.get(i).genericType()));
        reader = shape.selected() == null
            ? mapping.instantiator()
            : mapping.instantiator().forColumns(selected.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    List<Type> variableTypes = new ArrayList<>();
    List<String> where = new ArrayList<>();
    for (Clause clause : shape.clauses()) {
      if (clause.column() == QuerySpec.TOKEN) {
        variableTypes.add(Long.class);
        where.add(CqlRenderer.relation(CqlRenderer.token(model.partitionKey()), clause.operator().cql));
      } else {
        ColumnModel column = columns.get(clause.column());
        variableTypes.add(QuerySpec.variableType(column, clause.operator()));
        where.add(CqlRenderer.relation(Names.quote(column.name()), clause.operator().cql));
      }
    }
    String annColumn = null;
    if (shape.annColumn() >= 0) {
      ColumnModel column = columns.get(shape.annColumn());
      annColumn = column.name();
      variableTypes.add(column.genericType());
    }
    if (shape.perPartitionLimit()) {
      variableTypes.add(Integer.class);
    }
    if (shape.limit()) {
      variableTypes.add(Integer.class);
    }
    String cql = CqlRenderer.select(new CqlRenderer.Select(shape.distinct(), selection, table, where,
        shape.groupBy().stream().map(i -> columns.get(i).name()).toList(), annColumn,
        shape.orderBy().stream().map(o -> Names.quote(columns.get(o.column()).name()) + (o.descending() ? " DESC" : " ASC"))
            .toList(), shape.perPartitionLimit(), shape.limit(), shape.allowFiltering()));
    return new Compiled<>(new StatementSpec(cql, variableTypes, resultTypes, true), reader);
  }

  private static <R> CompletionStage<List<R>> collect(ResultPage page, Instantiator<R> reader, List<R> into) {
    while (page.nextRow()) {
      into.add(reader.read(page));
    }
    return page.hasMorePages()
        ? page.nextPage().thenCompose(next -> collect(next, reader, into))
        : CompletableFuture.completedFuture(into);
  }

  private static final class RowIterator<T> implements Iterator<T> {
    private final dev.coodie4j.spi.CqlDriver driver;
    private final Instantiator<T> reader;
    private ResultPage page;
    private boolean onUnreadRow;

    RowIterator(dev.coodie4j.spi.CqlDriver driver, ResultPage first, Instantiator<T> reader) {
      this.driver = driver;
      this.page = first;
      this.reader = reader;
    }

    @Override
    public boolean hasNext() {
      while (!onUnreadRow) {
        if (page.nextRow()) {
          onUnreadRow = true;
        } else if (page.hasMorePages()) {
          page = Futures.join(driver, page.nextPage(), "Query.iterator()/stream() fetching the next page");
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
      return reader.read(page);
    }
  }
}
