package dev.coodie4j.internal.metadata;

import dev.coodie4j.CoodieException;
import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.annotation.Column;
import dev.coodie4j.annotation.UserType;
import dev.coodie4j.internal.access.RecordParts;
import dev.coodie4j.internal.render.CqlRenderer;
import dev.coodie4j.internal.render.Names;
import dev.coodie4j.schema.CollectionType;
import dev.coodie4j.schema.DataType;
import dev.coodie4j.schema.TupleType;
import dev.coodie4j.schema.UdtType;
import dev.coodie4j.spi.UdtRecord;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records stored as CQL user-defined types. */
public final class UserTypes {
  private static final ThreadLocal<Deque<Class<?>>> PATH = ThreadLocal.withInitial(ArrayDeque::new);

  private UserTypes() {}

  /** The user type of a {@code @UserType} record; fields that are user types are frozen. Refuses cycles. */
  static UdtType type(Class<?> entity, String where, Class<?> record, boolean frozen) {
    if (!record.isRecord()) {
      throw new EntityDefinitionException(entity, where + " is a " + record.getName()
          + ", annotated @UserType but not a record: a user type maps to a record, one component per field");
    }
    Deque<Class<?>> path = PATH.get();
    if (path.contains(record)) {
      List<String> cycle = new ArrayList<>();
      path.descendingIterator().forEachRemaining(c -> cycle.add(c.getSimpleName()));
      cycle.add(record.getSimpleName());
      throw new EntityDefinitionException(entity, where + " holds user types that contain themselves: "
          + String.join(" -> ", cycle) + "; break the cycle (a user type cannot nest itself)");
    }
    path.push(record);
    try {
      List<UdtType.Field> fields = new ArrayList<>();
      for (RecordComponent component : record.getRecordComponents()) {
        Type componentType = component.getType().isPrimitive() ? Primitives.box(component.getType())
            : component.getGenericType();
        fields.add(new UdtType.Field(fieldName(component), EntityIntrospector.elementType(entity,
            where + " (user type " + record.getSimpleName() + "." + component.getName() + ")", componentType)));
      }
      return new UdtType(name(record), fields, frozen);
    } finally {
      path.pop();
      if (path.isEmpty()) {
        PATH.remove();
      }
    }
  }

  static String name(Class<?> record) {
    String declared = record.getAnnotation(UserType.class).name();
    return declared.isEmpty() ? Names.snakeCase(record.getSimpleName()) : declared;
  }

  private static String fieldName(RecordComponent component) {
    Column column = component.getAnnotation(Column.class);
    return column == null ? Names.snakeCase(component.getName()) : column.value();
  }

  /** How the driver builds and takes apart the record. */
  static UdtRecord record(Class<?> entity, String where, Class<?> record) {
    List<Type> types = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (RecordComponent component : record.getRecordComponents()) {
      names.add(fieldName(component));
      types.add(Converters.bindingType(entity, where, component.getGenericType()));
    }
    RecordParts parts = RecordParts.of(entity, where, record);
    return new UdtRecord(record, names, types, parts.create(), parts.values(), parts.accessors(),
        parts.constructor());
  }

  /** Every user type the types use, each once, those nested in others first: the order to create them in. */
  public static List<UdtType> inCreationOrder(List<DataType> types) {
    Map<String, UdtType> ordered = new LinkedHashMap<>();
    types.forEach(type -> collect(type, ordered));
    return List.copyOf(ordered.values());
  }

  private static void collect(DataType type, Map<String, UdtType> ordered) {
    if (type instanceof UdtType udt) {
      udt.fields().forEach(field -> collect(field.type(), ordered));
      ordered.putIfAbsent(udt.name(), udt.withFrozen(false));
    } else if (type instanceof CollectionType collection) {
      collect(collection.element(), ordered);
      if (collection.value() != null) {
        collect(collection.value(), ordered);
      }
    } else if (type instanceof TupleType tuple) {
      tuple.components().forEach(component -> collect(component, ordered));
    }
  }

  /** The {@code CREATE TYPE IF NOT EXISTS} statement of a {@code @UserType} record in a keyspace (null: unqualified). */
  public static String createType(Class<?> record, String keyspace) {
    if (!record.isAnnotationPresent(UserType.class)) {
      throw new CoodieException(record.getName() + " is not a user type: annotate the record with @UserType");
    }
    return createType(type(record, record.getSimpleName(), record, false), keyspace);
  }

  public static String createType(UdtType type, String keyspace) {
    return CqlRenderer.createType(keyspace, type.name(),
        type.fields().stream().map(f -> Names.quote(f.name()) + " " + f.type().cql()).toList());
  }

}
