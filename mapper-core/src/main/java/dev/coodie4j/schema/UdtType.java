package dev.coodie4j.schema;

import java.util.List;

/**
 * A CQL user-defined type, frozen or not. Equal types have equal names, fields and frozenness.
 *
 * @param name the type name, in the table's keyspace
 * @param fields the fields, in declaration order
 * @param frozen whether values are stored whole (required in keys, collections and other user types)
 */
public record UdtType(String name, List<Field> fields, boolean frozen) implements DataType {
  /** A field of a user-defined type. */
  public record Field(String name, DataType type) {}

  public UdtType {
    fields = List.copyOf(fields);
  }

  /** The same type, frozen or not. */
  public UdtType withFrozen(boolean frozen) {
    return new UdtType(name, fields, frozen);
  }

  @Override
  public String cql() {
    return frozen ? "frozen<" + name + ">" : name;
  }

  @Override
  public String toString() {
    return cql();
  }
}
