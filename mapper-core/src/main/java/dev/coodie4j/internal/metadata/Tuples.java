package dev.coodie4j.internal.metadata;

import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.internal.access.RecordParts;
import dev.coodie4j.schema.DataType;
import dev.coodie4j.schema.TupleType;
import dev.coodie4j.spi.TupleRecord;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/** Records stored as CQL tuples. */
public final class Tuples {
  private Tuples() {}

  /** The tuple type of a {@code @CqlTuple} record: one element per component. */
  static TupleType type(Class<?> entity, String where, Class<?> record) {
    if (!record.isRecord()) {
      throw new EntityDefinitionException(entity, where + " is a " + record.getName()
          + ", annotated @CqlTuple but not a record: a tuple maps to a record, one component per element");
    }
    List<DataType> components = new ArrayList<>();
    for (RecordComponent component : record.getRecordComponents()) {
      Type componentType = component.getType().isPrimitive() ? Primitives.box(component.getType())
          : component.getGenericType();
      components.add(EntityIntrospector.elementType(entity, where + " (tuple " + record.getSimpleName() + "."
          + component.getName() + ")", componentType));
    }
    return new TupleType(components);
  }

  /** How the driver builds and takes apart the record. */
  static TupleRecord record(Class<?> entity, String where, Class<?> record) {
    List<Type> types = new ArrayList<>();
    for (RecordComponent component : record.getRecordComponents()) {
      types.add(Converters.bindingType(entity, where, component.getGenericType()));
    }
    RecordParts parts = RecordParts.of(entity, where, record);
    return new TupleRecord(record, types, parts.create(), parts.values());
  }
}
