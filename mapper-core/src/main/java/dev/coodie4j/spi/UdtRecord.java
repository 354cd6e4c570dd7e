package dev.coodie4j.spi;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.Function;

/**
 * A record stored as a user-defined type value: the driver reads and writes each field by name with its Java type
 * and builds or takes apart the record with the two functions. Equal when the record types are equal.
 *
 * @param record the record type
 * @param fieldNames the CQL field of each component, in component order
 * @param fieldTypes the Java type of each component
 * @param create builds the record from its component values
 * @param values takes a record apart into its component values
 * @param accessors each component's accessor, of type {@code (Object)Object}: a driver can compose them with the
 *     fields' codecs, one handle per field, where {@code values} goes through one array and one call site for all
 * @param constructor the record's canonical constructor, of type {@code (component types...)Object}: a driver can
 *     compose it with the fields' codecs into one handle per user type, where {@code create} takes an array
 */
public record UdtRecord(Class<?> record, List<String> fieldNames, List<Type> fieldTypes,
    Function<Object[], Object> create, Function<Object, Object[]> values, List<MethodHandle> accessors,
    MethodHandle constructor) implements Type {

  @Override
  public boolean equals(Object o) {
    return o instanceof UdtRecord u && record.equals(u.record);
  }

  @Override
  public int hashCode() {
    return record.hashCode();
  }

  @Override
  public String getTypeName() {
    return record.getName() + " as user type";
  }
}
