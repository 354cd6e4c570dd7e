package dev.coodie4j.internal.metadata;

import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.annotation.ConvertedBy;
import dev.coodie4j.annotation.Json;
import dev.coodie4j.spi.ConvertedType;
import dev.coodie4j.types.ColumnConverter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.function.Supplier;

/** Converters and JSON columns: instances built once per class, conversions described as {@link ConvertedType}s. */
public final class Converters {
  private static final ClassValue<Object> INSTANCES = new ClassValue<>() {
    @Override
    protected Object computeValue(Class<?> type) {
      try {
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
      } catch (ReflectiveOperationException | RuntimeException e) {
        return e;
      }
    }
  };

  private static final boolean JACKSON_PRESENT = OptionalLibraries.present("com.fasterxml.jackson.databind.ObjectMapper");

  private Converters() {}


  /** The converter named by {@link ConvertedBy} on the type, or null. */
  static ColumnConverter<Object, Object> forType(Class<?> entity, String where, Class<?> type) {
    ConvertedBy convertedBy = type.getAnnotation(ConvertedBy.class);
    return convertedBy == null ? null : instance(entity, where, convertedBy.value());
  }

  @SuppressWarnings("unchecked")
  static ColumnConverter<Object, Object> instance(Class<?> entity, String where, Class<?> converterClass) {
    Object instance = INSTANCES.get(converterClass);
    if (instance instanceof Exception e) {
      throw new EntityDefinitionException(entity, where + " uses converter " + converterClass.getName()
          + ", which cannot be instantiated: give it a no-arg constructor", e);
    }
    if (!(instance instanceof ColumnConverter<?, ?>)) {
      throw new EntityDefinitionException(entity, where + " names " + converterClass.getName()
          + ", which is not a ColumnConverter");
    }
    return (ColumnConverter<Object, Object>) instance;
  }

  static ConvertedType converted(Type javaType, ColumnConverter<Object, Object> converter) {
    return new ConvertedType(javaType, converter.columnType(), converter.getClass(), converter::toColumn,
        converter::fromColumn);
  }

  /**
   * JSON text through Jackson, for the property's full generic type; refused, naming what to add, when Jackson is
   * not on the classpath (it is an optional dependency).
   */
  static ConvertedType json(Class<?> entity, String where, Type javaType, Json json) {
    if (!JACKSON_PRESENT) {
      throw new EntityDefinitionException(entity, where + " is a @Json column, but Jackson is not on the classpath: "
          + "add com.fasterxml.jackson.core:jackson-databind to your dependencies");
    }
    Object supplier = json.mapper() == Supplier.class ? JsonColumns.DEFAULT_MAPPER : INSTANCES.get(json.mapper());
    String property = entity.getSimpleName() + "." + where.substring(where.indexOf('\'') + 1, where.lastIndexOf('\''));
    return JsonColumns.converted(entity, where, property, javaType, json.mapper(), supplier);
  }

  /** The type bound for a collection: elements of converted types replaced by their {@link ConvertedType}. */
  static Type bindingType(Class<?> entity, String where, Type type) {
    if (type instanceof Class<?> c && c.isAnnotationPresent(dev.coodie4j.annotation.UserType.class)) {
      return UserTypes.record(entity, where, c);
    }
    if (type instanceof Class<?> c && c.isAnnotationPresent(dev.coodie4j.annotation.CqlTuple.class)) {
      return Tuples.record(entity, where, c);
    }
    if (type instanceof Class<?> c) {
      ColumnConverter<Object, Object> converter = forType(entity, where, c);
      return converter == null ? type : converted(type, converter);
    }
    if (type instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments();
      Type[] bound = new Type[arguments.length];
      boolean changed = false;
      for (int i = 0; i < arguments.length; i++) {
        bound[i] = bindingType(entity, where, arguments[i]);
        changed |= bound[i] != arguments[i];
      }
      return changed ? Types.parameterized((Class<?>) parameterized.getRawType(), bound) : type;
    }
    return type;
  }
}
