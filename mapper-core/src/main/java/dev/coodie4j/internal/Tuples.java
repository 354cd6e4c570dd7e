package dev.coodie4j.internal;

import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.schema.DataType;
import dev.coodie4j.schema.TupleType;
import dev.coodie4j.spi.TupleRecord;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/** Records stored as CQL tuples. */
final class Tuples {
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
    MethodHandles.Lookup lookup = EntityIntrospector.lookupIn(record);
    RecordComponent[] components = record.getRecordComponents();
    List<Type> types = new ArrayList<>();
    MethodHandle[] accessors = new MethodHandle[components.length];
    Class<?>[] parameters = new Class<?>[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        types.add(Converters.bindingType(entity, where, components[i].getGenericType()));
        accessors[i] = lookup.unreflect(components[i].getAccessor())
            .asType(MethodType.methodType(Object.class, Object.class));
        parameters[i] = components[i].getType();
      }
      MethodHandle constructor = lookup.findConstructor(record, MethodType.methodType(void.class, parameters))
          .asSpreader(Object[].class, parameters.length)
          .asType(MethodType.methodType(Object.class, Object[].class));
      Object[] defaults = java.util.Arrays.stream(parameters).map(Primitives::defaultValue).toArray();
      return new TupleRecord(record, types, values -> {
        Object[] arguments = values.clone();
        for (int i = 0; i < arguments.length; i++) {
          if (arguments[i] == null) {
            arguments[i] = defaults[i];
          }
        }
        try {
          return (Object) constructor.invokeExact(arguments);
        } catch (Throwable e) {
          throw new IllegalStateException("cannot build " + record.getName() + " from a tuple", e);
        }
      }, value -> {
        Object[] values = new Object[accessors.length];
        try {
          for (int i = 0; i < accessors.length; i++) {
            values[i] = (Object) accessors[i].invokeExact(value);
          }
        } catch (Throwable e) {
          throw new IllegalStateException("cannot read " + record.getName(), e);
        }
        return values;
      });
    } catch (ReflectiveOperationException e) {
      throw new EntityDefinitionException(entity, where + ": cannot access tuple record " + record.getName(), e);
    }
  }
}
