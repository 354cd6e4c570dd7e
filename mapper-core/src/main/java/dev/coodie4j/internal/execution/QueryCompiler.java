package dev.coodie4j.internal.execution;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.coodie4j.CoodieException;
import dev.coodie4j.NamingStrategy;
import dev.coodie4j.internal.access.Instantiator;
import dev.coodie4j.internal.access.RowMapping;
import dev.coodie4j.internal.check.QueryRules;
import dev.coodie4j.internal.check.QuerySpec.Clause;
import dev.coodie4j.internal.check.QuerySpec.Ordering;
import dev.coodie4j.internal.check.QuerySpec;
import dev.coodie4j.internal.execution.QueryRunner.Aggregate;
import dev.coodie4j.internal.metadata.EntityMapping;
import dev.coodie4j.internal.metadata.Primitives;
import dev.coodie4j.internal.render.CqlRenderer;
import dev.coodie4j.internal.render.Names;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.spi.StatementSpec;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Compiles a query's shape (everything but its values) into a statement spec and a row reader, once per shape: the
 * checks of {@code QueryRules} run and the SELECT is rendered only when a shape is first seen.
 */
final class QueryCompiler<T> {
  record Shape(Aggregate aggregate, int aggregateColumn, List<Integer> selected, boolean distinct,
      List<Clause> clauses, boolean limit, boolean perPartitionLimit, List<Ordering> orderBy, boolean allowFiltering,
      List<Integer> groupBy, Class<?> target, int annColumn) {}

  record Compiled<R>(CompiledStatement spec, Instantiator<R> reader) {}

  private final EntityMapping<T> mapping;
  private final EntityModel<T> model;
  private final String table;
  private final NamingStrategy naming;
  private final Cache<ShapeKey, Compiled<?>> compiled = Caffeine.newBuilder().maximumSize(1_000).build();

  QueryCompiler(EntityMapping<T> mapping, String table, NamingStrategy naming) {
    this.mapping = mapping;
    this.model = mapping.model();
    this.table = table;
    this.naming = naming;
  }

  @SuppressWarnings("unchecked")
  <R> Compiled<R> compile(QuerySpec query, Aggregate aggregate, int aggregateColumn, Class<R> target) {
    ShapeKey key = key(query, aggregate, aggregateColumn, target);
    Compiled<?> known = compiled.getIfPresent(key);
    if (known != null) {
      return (Compiled<R>) known;
    }
    query.requireOrderingAllowed(model); // once per shape: the shape holds the orderings and the restrictions' operators
    return (Compiled<R>) compiled.get(key, k -> compile(shape(query, aggregate, aggregateColumn, target)));
  }

  /**
   * The key of a query's shape: aggregate, flags and ANN column, then the selected columns, the restrictions' columns
   * and operators, the orderings and the grouping, each list after its length; the target class as the extra.
   */
  private static ShapeKey key(QuerySpec query, Aggregate aggregate, int aggregateColumn, Class<?> target) {
    List<Integer> selected = query.selected();
    List<QuerySpec.Restriction> where = query.where();
    List<Ordering> orderBy = query.orderBy();
    List<Integer> groupBy = query.groupBy();
    int selectedSize = selected == null ? 0 : selected.size();
    int[] codes = new int[8 + selectedSize + 2 * where.size() + 2 * orderBy.size() + groupBy.size()];
    codes[0] = aggregate == null ? -1 : aggregate.ordinal();
    codes[1] = aggregateColumn;
    codes[2] = (query.distinct() ? 1 : 0) | (query.limit() != null ? 2 : 0) | (query.perPartitionLimit() != null ? 4 : 0)
        | (query.allowFiltering() ? 8 : 0);
    codes[3] = query.ann() == null ? -1 : query.ann().column();
    int next = 4;
    codes[next++] = selected == null ? -1 : selectedSize;
    for (int i = 0; i < selectedSize; i++) {
      codes[next++] = selected.get(i);
    }
    codes[next++] = where.size();
    for (QuerySpec.Restriction restriction : where) {
      codes[next++] = restriction.column();
      codes[next++] = restriction.operator().ordinal();
    }
    codes[next++] = orderBy.size();
    for (Ordering ordering : orderBy) {
      codes[next++] = ordering.column();
      codes[next++] = ordering.descending() ? 1 : 0;
    }
    codes[next++] = groupBy.size();
    for (int column : groupBy) {
      codes[next++] = column;
    }
    return new ShapeKey(codes, target);
  }

  /** The shape a key stands for, built only when it is first compiled. */
  private Shape shape(QuerySpec query, Aggregate aggregate, int aggregateColumn, Class<?> target) {
    List<Integer> selected = query.distinct()
        ? IntStream.range(0, model.partitionKey().size()).boxed().toList()
        : query.selected();
    return new Shape(aggregate, aggregateColumn, selected, query.distinct(), QuerySpec.clauses(query.where()),
        query.limit() != null, query.perPartitionLimit() != null, query.orderBy(), query.allowFiltering(),
        query.groupBy(), target, query.ann() == null ? -1 : query.ann().column());
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
        selected.forEach(i -> resultTypes.add(mapping.bindingType(i)));
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
        variableTypes.add(QuerySpec.variableType(column, mapping.bindingType(clause.column()), clause.operator()));
        where.add(CqlRenderer.relation(Names.quote(column.name()), clause.operator().cql));
      }
    }
    String annColumn = null;
    if (shape.annColumn() >= 0) {
      ColumnModel column = columns.get(shape.annColumn());
      annColumn = column.name();
      variableTypes.add(mapping.bindingType(shape.annColumn()));
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
    return new Compiled<>(new CompiledStatement(new StatementSpec(cql, variableTypes, resultTypes, true)), reader);
  }
}
