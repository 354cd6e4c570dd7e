package dev.coodie4j.internal.access;

import dev.coodie4j.CoodieException;
import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.internal.metadata.EntityIntrospector;
import dev.coodie4j.internal.metadata.Primitives;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Builds a record from its component values and takes it apart again, through method handles found once: for
 * records stored as tuples and user types. Null values of primitive components become their Java default.
 *
 * @param create component values, in order, to a record
 * @param values a record to its component values, in order
 * @param accessors each component's accessor, of type {@code (Object)Object}
 * @param constructor the canonical constructor, taking the components' types and returning {@code Object}
 */
public record RecordParts(Function<Object[], Object> create, Function<Object, Object[]> values,
    List<MethodHandle> accessors, MethodHandle constructor) {
  public static RecordParts of(Class<?> entity, String where, Class<?> record) {
    MethodHandles.Lookup lookup = EntityIntrospector.lookupIn(record);
    RecordComponent[] components = record.getRecordComponents();
    MethodHandle[] accessors = new MethodHandle[components.length];
    Class<?>[] parameters = new Class<?>[components.length];
    MethodHandle canonical;
    MethodHandle constructor;
    try {
      for (int i = 0; i < components.length; i++) {
        accessors[i] = lookup.unreflect(components[i].getAccessor())
            .asType(MethodType.methodType(Object.class, Object.class));
        parameters[i] = components[i].getType();
      }
      canonical = lookup.findConstructor(record, MethodType.methodType(void.class, parameters));
      constructor = canonical.asSpreader(Object[].class, parameters.length)
          .asType(MethodType.methodType(Object.class, Object[].class));
    } catch (ReflectiveOperationException e) {
      throw new EntityDefinitionException(entity, where + ": cannot access record " + record.getName(), e);
    }
    Object[] defaults = Arrays.stream(parameters).map(Primitives::defaultValue).toArray();
    return new RecordParts(values -> {
      Object[] arguments = values.clone();
      for (int i = 0; i < arguments.length; i++) {
        if (arguments[i] == null) {
          arguments[i] = defaults[i];
        }
      }
      try {
        return (Object) constructor.invokeExact(arguments);
      } catch (Throwable e) {
        throw new CoodieException(entity.getSimpleName() + " " + where + ": the canonical constructor of "
            + record.getName() + " threw " + e + " for the values read; make it accept every value stored", e);
      }
    }, value -> {
      Object[] result = new Object[accessors.length];
      try {
        for (int i = 0; i < accessors.length; i++) {
          result[i] = (Object) accessors[i].invokeExact(value);
        }
      } catch (Throwable e) {
        throw new CoodieException(entity.getSimpleName() + " " + where + ": an accessor of " + record.getName()
            + " threw " + e + "; make its accessors return without throwing", e);
      }
      return result;
    }, List.of(accessors), canonical.asType(canonical.type().changeReturnType(Object.class)));
  }
}
