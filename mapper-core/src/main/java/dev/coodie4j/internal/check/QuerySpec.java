package dev.coodie4j.internal.check;

import dev.coodie4j.CoodieException;
import dev.coodie4j.internal.access.ColumnWriter;
import dev.coodie4j.internal.metadata.EntityMapping;
import dev.coodie4j.internal.metadata.Primitives;
import dev.coodie4j.internal.metadata.Types;
import dev.coodie4j.schema.CollectionType;
import dev.coodie4j.schema.ColumnKind;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.spi.ExecutionOptions;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a query asks for, values included; immutable. Every {@code with...} checks its input against the model and
 * fails before anything is sent.
 *
 * @param where restrictions, in the order they were added
 * @param limit LIMIT, or null
 * @param perPartitionLimit PER PARTITION LIMIT, or null
 * @param orderBy clustering orderings
 * @param allowFiltering whether ALLOW FILTERING is added
 * @param selected model column indexes to select, or null for all
 * @param distinct SELECT DISTINCT of the partition key
 * @param groupBy primary key columns to group by, a prefix of the key in key order
 * @param read consistency, timeout and rows per page (fetch size) of the read
 * @param ann an {@code ORDER BY column ANN OF vector} similarity ordering, or null
 */
public record QuerySpec(List<Restriction> where, Integer limit, Integer perPartitionLimit, List<Ordering> orderBy,
    boolean allowFiltering, List<Integer> selected, boolean distinct, List<Integer> groupBy, ExecutionOptions read,
    Ann ann) {

  /** {@code ORDER BY column ANN OF vector}. */
  public record Ann(int column, Object vector) {}

  /** Orders by similarity to a vector; the query then needs a limit. */
  public QuerySpec withAnn(EntityModel<?> model, int column, Object vector) {
    ColumnModel c = model.columns().get(column);
    if (!(c.type() instanceof dev.coodie4j.schema.VectorType type)) {
      throw new CoodieException(model.entityClass().getSimpleName() + " query: ANN ordering needs a vector column, but '"
          + c.property() + "' is " + c.type().cql());
    }
    if (!(vector instanceof float[] || vector instanceof List<?>)) {
      throw new CoodieException(model.entityClass().getSimpleName() + " query: ANN OF needs a float[] or List<Float>");
    }
    ColumnWriter.checkDimension(vector, type.dimension(), model.entityClass().getSimpleName() + "." + c.property());
    if (ColumnWriter.cosineIndexed(c)) {
      ColumnWriter.checkNotZero(vector, model.entityClass().getSimpleName() + "." + c.property());
    }
    if (!orderBy.isEmpty()) {
      throw new CoodieException("ANN ordering cannot be combined with orderBy");
    }
    return new QuerySpec(where, limit, perPartitionLimit, orderBy, allowFiltering, selected, distinct, groupBy, read,
        new Ann(column, vector));
  }

  public static final QuerySpec ALL =
      new QuerySpec(List.of(), null, null, List.of(), false, null, false, List.of(), ExecutionOptions.DEFAULTS, null);

  /** The column index of a restriction on {@code token(partition key)}. */
  public static final int TOKEN = -1;

  public int fetchSize() {
    return read.pageSize();
  }

  /** A comparison in the WHERE clause. */
  public enum Operator {
    EQ("="), NE("!="), IN("IN"), GT(">"), GTE(">="), LT("<"), LTE("<="), LIKE("LIKE"), CONTAINS("CONTAINS"),
    CONTAINS_KEY("CONTAINS KEY");

    public final String cql;

    Operator(String cql) {
      this.cql = cql;
    }
  }

  /** A restriction without its value, as a statement's shape holds it. */
  public record Clause(int column, Operator operator) {}

  /** The clauses of restrictions, in order. */
  public static List<Clause> clauses(List<Restriction> restrictions) {
    Clause[] clauses = new Clause[restrictions.size()];
    for (int i = 0; i < clauses.length; i++) {
      clauses[i] = new Clause(restrictions.get(i).column(), restrictions.get(i).operator());
    }
    return List.of(clauses);
  }

  /** {@code column operator value}; an IN value is a list. */
  public record Restriction(int column, Operator operator, Object value) {}

  /** {@code ORDER BY column ASC|DESC}. */
  public record Ordering(int column, boolean descending) {}

  /**
   * The restrictions of the primary key's first {@code key.length} columns to their values, for key values already
   * checked as keys are (not null, of the column's Java type, within Cassandra's key size): only a key column that
   * holds a collection has its contents checked here. Builds no query per column.
   */
  public static List<Restriction> keyEquals(EntityMapping<?> mapping, Object[] key) {
    if (key.length == 1) {
      return List.of(keyEquals(mapping, key, 0)); // the common single-column key: no array to copy
    }
    Restriction[] where = new Restriction[key.length];
    for (int i = 0; i < key.length; i++) {
      where[i] = keyEquals(mapping, key, i);
    }
    return List.of(where);
  }

  private static Restriction keyEquals(EntityMapping<?> mapping, Object[] key, int i) {
    ColumnModel c = mapping.model().columns().get(i);
    if (c.type() instanceof CollectionType) {
      checkValue(ErrorLabel.of(mapping.model().entityClass(), "query on", c.property()), c, mapping.bindingType(i),
          key[i]);
    }
    return new Restriction(i, Operator.EQ, key[i]);
  }

  /** Adds a restriction after checking the value against the column's Java type. */
  public QuerySpec withRestriction(EntityMapping<?> mapping, int column, Operator operator, Object value) {
    EntityModel<?> model = mapping.model();
    ColumnModel c = model.columns().get(column);
    Type binding = mapping.bindingType(column);
    ErrorLabel where = ErrorLabel.of(model.entityClass(), "query on", c.property());
    if (operator == Operator.NE) {
      throw new CoodieException(where + "!= is not a query restriction in CQL; it is for IF conditions (onlyIf)");
    }
    Object bound = value;
    if (operator == Operator.IN) {
      if (!(value instanceof Collection<?> values) || values.isEmpty()) {
        throw new CoodieException(where + "IN needs at least one value; an empty IN matches nothing, so skip the query");
      }
      for (Object element : values) {
        checkValue(where, c, binding, element);
      }
      bound = List.copyOf(values);
    } else if (operator == Operator.CONTAINS || operator == Operator.CONTAINS_KEY) {
      if (!(c.type() instanceof CollectionType collection)
          || operator == Operator.CONTAINS_KEY && collection.kind() != CollectionType.Kind.MAP) {
        throw new CoodieException(where + (operator == Operator.CONTAINS ? "CONTAINS needs a list, set or map column"
            : "CONTAINS KEY needs a map column") + ", but the column is " + c.type().cql());
      }
      Type element = variableType(c, binding, operator);
      Class<?> expected = UpdateSpec.rawOf(element);
      if (value == null || !expected.isInstance(value)) {
        throw new CoodieException(where + "value " + value + " must be a " + element.getTypeName());
      }
      // an element that is itself a collection (a map of lists): its contents are checked too, not only its class
      if (element instanceof ParameterizedType && !ValueShapes.fits(value, element)) {
        throw new CoodieException(where + "value " + value + " must be a " + ValueShapes.describe(element)
            + " holding no nulls");
      }
    } else if (operator == Operator.LIKE) {
      if (c.javaType() != String.class || !(value instanceof String)) {
        throw new CoodieException(where + "LIKE needs a text column and a String pattern, got " + value);
      }
    } else {
      checkValue(where, c, binding, value);
    }
    if (c.kind() == ColumnKind.PARTITION_KEY && KeySizes.sized(c)) {
      for (Object element : operator == Operator.IN ? (List<?>) bound : List.of(value)) {
        KeySizes.check(model, c, element);
      }
    }
    if (operator == Operator.IN && c.kind() == ColumnKind.PARTITION_KEY && !orderBy.isEmpty()) {
      throw inWithOrderBy(model);
    }
    return new QuerySpec(Appended.to(this.where, new Restriction(column, operator, bound)), limit, perPartitionLimit, orderBy, allowFiltering, selected,
        distinct, groupBy, read, ann);
  }

  /** The Java type bound to a restriction's marker: the column's binding type, a list of it for IN, an element for CONTAINS. */
  public static Type variableType(ColumnModel column, Type binding, Operator operator) {
    return switch (operator) {
      case IN -> Types.parameterized(List.class, boxed(binding));
      case CONTAINS -> ((ParameterizedType) binding).getActualTypeArguments()[
          ((CollectionType) column.type()).kind() == CollectionType.Kind.MAP ? 1 : 0];
      case CONTAINS_KEY -> ((ParameterizedType) binding).getActualTypeArguments()[0];
      default -> binding;
    };
  }

  private static Type boxed(Type type) {
    return type instanceof Class<?> c ? Primitives.box(c) : type;
  }

  static void checkValue(Object where, ColumnModel column, Type binding, Object value) {
    if (value == null) {
      throw new CoodieException(where + "a value must not be null; Cassandra cannot compare with null");
    }
    Class<?> expected = Primitives.box(column.javaType());
    if (!expected.isInstance(value)) {
      throw new CoodieException(where + "value " + value + " (" + value.getClass().getName() + ") must be a "
          + expected.getName());
    }
    if (column.type() instanceof CollectionType && !ValueShapes.fits(value, binding)) {
      throw new CoodieException(where + "value " + value + " must be a " + ValueShapes.describe(binding)
          + " holding no nulls");
    }
  }

  public QuerySpec withLimit(int limit) {
    requirePositive(limit, "limit");
    return new QuerySpec(where, limit, perPartitionLimit, orderBy, allowFiltering, selected, distinct, groupBy, read, ann);
  }

  public QuerySpec withPerPartitionLimit(int perPartitionLimit) {
    requirePositive(perPartitionLimit, "perPartitionLimit");
    return new QuerySpec(where, limit, perPartitionLimit, orderBy, allowFiltering, selected, distinct, groupBy, read, ann);
  }

  /**
   * Refuses, before sending, an ordering the server would refuse: Cassandra orders by clustering columns in their
   * declared order, skipping only those restricted by {@code =}, and all in the table's clustering order or all
   * reversed.
   */
  public void requireOrderingAllowed(EntityModel<?> model) {
    if (orderBy.isEmpty()) {
      return;
    }
    List<ColumnModel> clustering = model.clusteringKey();
    boolean allowed = true;
    Boolean reversed = null;
    int next = 0;
    for (Ordering ordering : orderBy) {
      ColumnModel column = model.columns().get(ordering.column());
      int position = column.keyPosition();
      while (allowed && next < position) {
        int skipped = model.columns().indexOf(clustering.get(next++));
        allowed = where.stream().anyMatch(r -> r.column() == skipped && r.operator() == Operator.EQ);
      }
      boolean flipped = ordering.descending() != (column.order() == dev.coodie4j.annotation.ClusteringOrder.DESC);
      allowed &= position == next++ && (reversed == null || reversed == flipped);
      reversed = flipped;
    }
    if (!allowed) {
      String declared = clustering.stream().map(c -> c.property() + " " + c.order()).collect(Collectors.joining(", "));
      throw new CoodieException(model.entityClass().getSimpleName() + " query: cannot order by " + orderBy.stream()
          .map(o -> model.columns().get(o.column()).property() + (o.descending() ? " DESC" : " ASC"))
          .collect(Collectors.joining(", ")) + "; Cassandra orders by the clustering columns in their declared order ("
          + declared + "), all as declared or all reversed, skipping only columns restricted with eq: order by a "
          + "leading part of that order or of its reverse");
    }
  }

  public QuerySpec withOrdering(EntityModel<?> model, int column, boolean descending) {
    ColumnModel c = model.columns().get(column);
    if (c.kind() != ColumnKind.CLUSTERING) {
      throw new CoodieException(model.entityClass().getSimpleName() + " query: cannot order by '" + c.property()
          + "', which is not a clustering column; Cassandra orders only by clustering columns "
          + model.clusteringKey().stream().map(ColumnModel::property).collect(Collectors.toList()));
    }
    if (where.stream().anyMatch(r -> r.operator() == Operator.IN && r.column() != TOKEN
        && model.columns().get(r.column()).kind() == ColumnKind.PARTITION_KEY)) {
      throw inWithOrderBy(model);
    }
    return new QuerySpec(where, limit, perPartitionLimit, Appended.to(orderBy, new Ordering(column, descending)), allowFiltering, selected, distinct,
        groupBy, read, ann);
  }

  private static CoodieException inWithOrderBy(EntityModel<?> model) {
    return new CoodieException(model.entityClass().getSimpleName() + " query: Cassandra cannot page a query that "
        + "combines IN on the partition key with orderBy; query each partition with eq, or drop orderBy and sort the "
        + "rows yourself");
  }

  public QuerySpec withAllowFiltering() {
    return new QuerySpec(where, limit, perPartitionLimit, orderBy, true, selected, distinct, groupBy, read, ann);
  }

  public QuerySpec withSelected(List<Integer> columns) {
    return new QuerySpec(where, limit, perPartitionLimit, orderBy, allowFiltering, List.copyOf(columns), distinct,
        groupBy, read, ann);
  }

  public QuerySpec withDistinct() {
    return new QuerySpec(where, limit, perPartitionLimit, orderBy, allowFiltering, selected, true, groupBy, read, ann);
  }

  public QuerySpec withFetchSize(int fetchSize) {
    requirePositive(fetchSize, "fetchSize");
    return withRead(new ExecutionOptions(read.consistency(), null, read.timeout(), fetchSize, null));
  }

  public QuerySpec withRead(ExecutionOptions options) {
    return new QuerySpec(where, limit, perPartitionLimit, orderBy, allowFiltering, selected, distinct, groupBy, options, ann);
  }

  /** GROUP BY a prefix of the primary key, in key order. */
  public QuerySpec withGroupBy(EntityModel<?> model, List<Integer> columns) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i) != i || i >= model.primaryKey().size()) {
        throw new CoodieException(model.entityClass().getSimpleName() + " query: groupBy takes a prefix of the primary key "
            + "in key order " + model.primaryKey().stream().map(ColumnModel::property).toList() + ", got "
            + columns.stream().map(c -> model.columns().get(c).property()).toList());
      }
    }
    return new QuerySpec(where, limit, perPartitionLimit, orderBy, allowFiltering, selected, distinct,
        List.copyOf(columns), read, ann);
  }

  /** A restriction on {@code token(partition key)}, a range of the ring. */
  public QuerySpec withTokenRestriction(Operator operator, long token) {
    if (!List.of(Operator.GT, Operator.GTE, Operator.LT, Operator.LTE, Operator.EQ).contains(operator)) {
      throw new CoodieException("a token takes eq, gt, gte, lt or lte");
    }
    return new QuerySpec(Appended.to(this.where, new Restriction(TOKEN, operator, token)), limit, perPartitionLimit, orderBy, allowFiltering, selected,
        distinct, groupBy, read, ann);
  }

  private static void requirePositive(int value, String what) {
    if (value < 1) {
      throw new CoodieException(what + " must be at least 1, got " + value);
    }
  }
}
