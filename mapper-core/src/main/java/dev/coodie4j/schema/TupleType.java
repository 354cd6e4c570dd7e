package dev.coodie4j.schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A CQL {@code tuple}, always frozen.
 *
 * @param components the element types, in order
 */
public record TupleType(List<DataType> components) implements DataType {
  public TupleType {
    components = List.copyOf(components);
  }

  @Override
  public String cql() {
    return "frozen<tuple<" + components.stream().map(DataType::cql).collect(Collectors.joining(", ")) + ">>";
  }

  @Override
  public String toString() {
    return cql();
  }
}
