package dev.coodie4j.schema;

/**
 * A CQL {@code vector<element, dimension>}.
 *
 * @param element the element type (float)
 * @param dimension the number of elements
 */
public record VectorType(ScalarType element, int dimension) implements DataType {
  @Override
  public String cql() {
    return "vector<" + element.cql() + ", " + dimension + ">";
  }

  @Override
  public String toString() {
    return cql();
  }
}
