package dev.coodie4j.spi;

import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * A Java type stored through a converter: the driver binds and reads {@code columnType} and converts with the two
 * functions. Equal when the Java type, the stored type and the converter class are equal.
 *
 * @param javaType the property's (or element's) Java type
 * @param columnType the stored Java type, which has a CQL mapping
 * @param converterClass identifies the conversion
 * @param toColumn converts a non-null value for storage
 * @param fromColumn converts a non-null stored value back
 */
public record ConvertedType(Type javaType, Class<?> columnType, Class<?> converterClass,
    Function<Object, Object> toColumn, Function<Object, Object> fromColumn) implements Type {

  @Override
  public boolean equals(Object o) {
    return o instanceof ConvertedType c && javaType.equals(c.javaType) && columnType.equals(c.columnType)
        && converterClass.equals(c.converterClass);
  }

  @Override
  public int hashCode() {
    return (javaType.hashCode() * 31 + columnType.hashCode()) * 31 + converterClass.hashCode();
  }

  @Override
  public String getTypeName() {
    return javaType.getTypeName() + " as " + columnType.getName();
  }

  @Override
  public String toString() {
    return getTypeName();
  }
}
