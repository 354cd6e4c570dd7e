package dev.coodie4j.spi;

import java.lang.reflect.Type;
import java.util.List;
import java.util.function.Function;

/**
 * A record stored as a CQL tuple: the driver reads and writes each component with its Java type and builds or takes
 * apart the record with the two functions. Equal when the record types are equal.
 *
 * @param record the record type
 * @param components the Java type of each component, in order (converted and nested types included)
 * @param create builds the record from its component values
 * @param values takes a record apart into its component values
 */
public record TupleRecord(Class<?> record, List<Type> components, Function<Object[], Object> create,
    Function<Object, Object[]> values) implements Type {

  @Override
  public boolean equals(Object o) {
    return o instanceof TupleRecord t && record.equals(t.record);
  }

  @Override
  public int hashCode() {
    return record.hashCode();
  }

  @Override
  public String getTypeName() {
    return record.getName() + " as tuple";
  }
}
