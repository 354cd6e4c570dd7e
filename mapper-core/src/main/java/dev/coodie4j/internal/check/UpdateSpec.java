package dev.coodie4j.internal.check;

import dev.coodie4j.CoodieException;
import dev.coodie4j.internal.check.QuerySpec.Operator;
import dev.coodie4j.internal.check.QuerySpec.Restriction;
import dev.coodie4j.internal.metadata.EntityMapping;
import dev.coodie4j.internal.metadata.Types;
import dev.coodie4j.schema.CollectionType;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.schema.ScalarType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An UPDATE, values included; immutable. Each {@code with...} checks its input against the model.
 *
 * @param where the rows: restrictions on the primary key
 * @param assignments what to change, in order
 * @param conditions IF conditions on column values
 * @param ifExists whether IF EXISTS is added
 * @param delete whether this is a DELETE of columns or elements (assignments then name what to delete)
 */
public record UpdateSpec(List<Restriction> where, List<Assignment> assignments, List<Condition> conditions,
    boolean ifExists, boolean delete) {

  /** The forms of a SET clause. */
  public enum Kind {
    /** {@code c = ?}. */
    SET(true),
    /** {@code c = c + ?}: list append (not idempotent), set union, map merge. */
    APPEND(false),
    /** {@code c = ? + c}: list prepend, not idempotent. */
    PREPEND(false),
    /** {@code c = c - ?}: list values, set elements or map keys removed. */
    REMOVE(true),
    /** {@code c[?] = ?}: a list index or a map key. */
    SET_ELEMENT(true),
    /** {@code c = c + ?} on a counter, not idempotent. */
    INCREMENT(false),
    /** {@code c.field = ?}: one field of a user type value that is not frozen. */
    SET_FIELD(true);

    public final boolean idempotent;

    Kind(boolean idempotent) {
      this.idempotent = idempotent;
    }
  }

  /** One SET clause; {@code element} is the list index or map key of {@link Kind#SET_ELEMENT}. */
  public record Assignment(int column, Kind kind, Object value, Object element) {}

  /** {@code IF column op value}. */
  public record Condition(int column, Operator operator, Object value) {}

  public static UpdateSpec of(List<Restriction> where) {
    return new UpdateSpec(List.copyOf(where), List.of(), List.of(), false, false);
  }

  /** A DELETE of the row, or of chosen columns and elements once {@link #withDeletion} adds them. */
  public static UpdateSpec deletion(List<Restriction> where) {
    return new UpdateSpec(List.copyOf(where), List.of(), List.of(), false, true);
  }

  /** Deletes a whole column ({@code element} null), a list element by index or a map entry by key. */
  public UpdateSpec withDeletion(EntityMapping<?> mapping, int column, Object element) {
    EntityModel<?> model = mapping.model();
    ColumnModel c = model.columns().get(column);
    Type binding = mapping.bindingType(column);
    ErrorLabel where = ErrorLabel.of(model.entityClass(), "delete of", c.property());
    if (c.kind().isPrimaryKey()) {
      throw new CoodieException(where + "a primary key column cannot be deleted alone; delete the row");
    }
    if (element != null) {
      CollectionType collection = c.isMultiCell() ? (CollectionType) c.type() : null;
      if (collection == null || collection.kind() == CollectionType.Kind.SET) {
        throw new CoodieException(where + "elements can be deleted from lists (by index) and maps (by key) that are not "
            + "frozen; the column is " + c.type().cql() + (collection != null ? "; remove set elements with update(...).remove" : ""));
      }
      boolean list = collection.kind() == CollectionType.Kind.LIST;
      requireInstance(where, element, list ? Integer.class : elementType(binding, 0), list ? "index" : "key");
    }
    return new UpdateSpec(where(), Appended.to(assignments,
        new Assignment(column, element == null ? Kind.SET : Kind.SET_ELEMENT, null, element)), conditions, ifExists, true);
  }

  public UpdateSpec withAssignment(EntityMapping<?> mapping, int column, Kind kind, Object value, Object element) {
    EntityModel<?> model = mapping.model();
    ColumnModel c = model.columns().get(column);
    Type binding = mapping.bindingType(column);
    ErrorLabel where = ErrorLabel.of(model.entityClass(), "update of", c.property());
    if (c.kind().isPrimaryKey()) {
      throw new CoodieException(where + "a primary key column cannot be updated; save a new row and delete the old one");
    }
    boolean counter = c.type() == ScalarType.COUNTER;
    if (counter != (kind == Kind.INCREMENT)) {
      throw new CoodieException(where + (counter
          ? "a counter can only be incremented or decremented"
          : "increment and decrement need a counter column, but the column is " + c.type().cql()));
    }
    Object bound = value;
    switch (kind) {
      case SET -> {
        if (value != null) {
          QuerySpec.checkValue(where, c, binding, value);
        }
      }
      case INCREMENT -> { }
      case SET_FIELD -> {
        if (!(c.type() instanceof dev.coodie4j.schema.UdtType udt) || udt.frozen()
            || !(binding instanceof dev.coodie4j.spi.UdtRecord record)) {
          throw new CoodieException(where + "a field can be set only in a user type column that is not frozen, but the "
              + "column is " + c.type().cql());
        }
        int field = record.fieldNames().indexOf(String.valueOf(element));
        if (field < 0) {
          throw new CoodieException(where + "user type " + udt.name() + " has no field '" + element + "'; its fields are "
              + record.fieldNames());
        }
        if (value != null) {
          requireInstance(where, value, record.fieldTypes().get(field), "value of field " + element);
        }
      }
      case APPEND, PREPEND, REMOVE -> bound = collectionValue(where, c, binding, kind, value);
      case SET_ELEMENT -> {
        CollectionType collection = multiCell(where, c, kind);
        if (collection.kind() == CollectionType.Kind.SET) {
          throw new CoodieException(where + "a set has no index or key to set; use add or remove");
        }
        boolean list = collection.kind() == CollectionType.Kind.LIST;
        requireInstance(where, element, list ? Integer.class : elementType(binding, 0), list ? "index" : "key");
        requireInstance(where, value, elementType(binding, collection.kind() == CollectionType.Kind.MAP ? 1 : 0), "value");
      }
      default -> throw new CoodieException(where + kind.name() + " is not an assignment coodie4j can render for column \""
          + c.name() + "\"");
    }
    return new UpdateSpec(where(), Appended.to(assignments, new Assignment(column, kind, bound, element)), conditions,
        ifExists, delete);
  }

  private static Object collectionValue(Object where, ColumnModel c, Type binding, Kind kind, Object value) {
    CollectionType collection = multiCell(where, c, kind);
    switch (collection.kind()) {
      case LIST -> {
        if (!(value instanceof Collection<?> values) || values.isEmpty()) {
          throw new CoodieException(where + "give a non-empty list of values");
        }
        values.forEach(v -> requireInstance(where, v, elementType(binding, 0), "element"));
        return List.copyOf(values);
      }
      case SET -> {
        if (kind == Kind.PREPEND || !(value instanceof Collection<?> values) || values.isEmpty()) {
          throw new CoodieException(where + (kind == Kind.PREPEND ? "a set has no order to prepend to; use add"
              : "give a non-empty set of elements"));
        }
        values.forEach(v -> requireInstance(where, v, elementType(binding, 0), "element"));
        return c.javaType() == java.util.SortedSet.class ? new java.util.TreeSet<>(values) : new LinkedHashSet<>(values);
      }
      case MAP -> {
        if (kind == Kind.REMOVE) {
          if (!(value instanceof Collection<?> keys) || keys.isEmpty()) {
            throw new CoodieException(where + "give a non-empty set of keys to remove");
          }
          keys.forEach(k -> requireInstance(where, k, elementType(binding, 0), "key"));
          return new LinkedHashSet<>(keys);
        }
        if (kind == Kind.PREPEND || !(value instanceof Map<?, ?> entries) || entries.isEmpty()) {
          throw new CoodieException(where + (kind == Kind.PREPEND ? "a map has no order to prepend to; use putAll"
              : "give a non-empty map of entries"));
        }
        entries.forEach((k, v) -> {
          requireInstance(where, k, elementType(binding, 0), "key");
          requireInstance(where, v, elementType(binding, 1), "value");
        });
        return c.javaType() == java.util.SortedMap.class ? new java.util.TreeMap<>(entries) : entries;
      }
      default -> throw new CoodieException(where + "column \"" + c.name() + "\" is a " + collection.kind()
          + ", which takes no " + kind);
    }
  }

  private static CollectionType multiCell(Object where, ColumnModel c, Kind kind) {
    if (!c.isMultiCell()) {
      throw new CoodieException(where + kind.name().toLowerCase().replace('_', ' ') + " needs a collection that is not "
          + "frozen, but the column is " + c.type().cql() + (c.type() instanceof CollectionType ? "; set the whole value" : ""));
    }
    return (CollectionType) c.type();
  }

  private static void requireInstance(Object where, Object value, Type expected, String what) {
    if (!ValueShapes.fits(value, expected)) {
      throw new CoodieException(where + what + " " + value + " must be a " + ValueShapes.describe(expected)
          + (value instanceof Collection<?> || value instanceof java.util.Map<?, ?> ? " holding no nulls" : ""));
    }
  }

  /** Type argument {@code argument} of a collection column's binding type. */
  public static Type elementType(Type binding, int argument) {
    return ((ParameterizedType) binding).getActualTypeArguments()[argument];
  }

  static Class<?> rawOf(Type type) {
    if (type instanceof dev.coodie4j.spi.ConvertedType converted) {
      return rawOf(converted.javaType());
    }
    if (type instanceof dev.coodie4j.spi.TupleRecord tuple) {
      return tuple.record();
    }
    if (type instanceof dev.coodie4j.spi.UdtRecord udt) {
      return udt.record();
    }
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }

  /** The Java type bound to an assignment's value marker. */
  public static Type valueType(ColumnModel column, Type binding, Kind kind, Object element) {
    return switch (kind) {
      case SET_FIELD -> {
        dev.coodie4j.spi.UdtRecord record = (dev.coodie4j.spi.UdtRecord) binding;
        yield record.fieldTypes().get(record.fieldNames().indexOf(String.valueOf(element)));
      }
      case SET -> binding;
      case INCREMENT -> Long.class;
      case SET_ELEMENT -> elementType(binding, ((CollectionType) column.type()).kind() == CollectionType.Kind.MAP ? 1 : 0);
      case APPEND, PREPEND, REMOVE -> ((CollectionType) column.type()).kind() == CollectionType.Kind.MAP
          && kind == Kind.REMOVE ? Types.setOf(rawOf(elementType(binding, 0))) : binding;
    };
  }

  public UpdateSpec withCondition(EntityMapping<?> mapping, int column, Operator operator, Object value) {
    EntityModel<?> model = mapping.model();
    ColumnModel c = model.columns().get(column);
    Type binding = mapping.bindingType(column);
    ErrorLabel where = ErrorLabel.of(model.entityClass(), "condition on", c.property());
    if (ifExists) {
      throw new CoodieException(where + "IF EXISTS and IF conditions cannot be combined; Cassandra takes one or the other");
    }
    if (c.kind().isPrimaryKey()) {
      throw new CoodieException(where + "conditions apply to regular and static columns, not to the primary key");
    }
    if (operator == Operator.CONTAINS || operator == Operator.CONTAINS_KEY || operator == Operator.LIKE) {
      throw new CoodieException(where + operator.cql + " is a query restriction, not an IF condition; IF conditions "
          + "compare with =, !=, <, <=, >, >= or IN");
    }
    Object bound = value;
    if (operator == Operator.IN) {
      if (!(value instanceof Collection<?> values) || values.isEmpty()) {
        throw new CoodieException(where + "IN needs at least one value");
      }
      values.forEach(v -> QuerySpec.checkValue(where, c, binding, v));
      bound = List.copyOf(values);
    } else if (value != null) {
      QuerySpec.checkValue(where, c, binding, value);
    } else if (operator != Operator.EQ && operator != Operator.NE) {
      throw new CoodieException(where + "only = and != can compare with null");
    }
    return new UpdateSpec(this.where, assignments, Appended.to(conditions, new Condition(column, operator, bound)),
        ifExists, delete);
  }

  public UpdateSpec withIfExists() {
    if (!conditions.isEmpty()) {
      throw new CoodieException("IF EXISTS and IF conditions cannot be combined; Cassandra takes one or the other");
    }
    return new UpdateSpec(where, assignments, conditions, true, delete);
  }

  /** Whether the update is a lightweight transaction. */
  public boolean conditional() {
    return ifExists || !conditions.isEmpty();
  }

  static Set<Operator> conditionOperators() {
    return Set.of(Operator.EQ, Operator.NE, Operator.GT, Operator.GTE, Operator.LT, Operator.LTE, Operator.IN);
  }
}
