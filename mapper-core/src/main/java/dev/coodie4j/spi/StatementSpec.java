package dev.coodie4j.spi;

import java.lang.reflect.Type;
import java.util.List;

/**
 * The shape of a statement: everything about it except values. Equal specs share one prepared statement.
 *
 * @param cql the CQL text, with {@code ?} markers
 * @param variableTypes the Java type of each bind variable, in marker order: a class (primitives allowed) or a
 *     parameterized type such as {@code List<String>} for an {@code IN ?} marker
 * @param resultTypes the Java type of each selected column, in select order (primitives allowed); empty for writes
 *     and for statements whose rows are read by name (see {@link ResultPage#byName})
 * @param idempotent whether the statement may be retried safely
 */
public record StatementSpec(String cql, List<Type> variableTypes, List<Type> resultTypes, boolean idempotent) {
  public StatementSpec {
    variableTypes = List.copyOf(variableTypes);
    resultTypes = List.copyOf(resultTypes);
  }
}
