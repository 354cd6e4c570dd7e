package dev.coodie4j.spi;

import java.util.List;

/**
 * The shape of a statement: everything about it except values. Equal specs share one prepared statement.
 *
 * @param cql the CQL text, with {@code ?} markers
 * @param variableTypes the Java type of each bind variable, in marker order (primitives allowed)
 * @param resultTypes the Java type of each selected column, in select order (primitives allowed); empty for writes
 * @param idempotent whether the statement may be retried safely
 */
public record StatementSpec(String cql, List<Class<?>> variableTypes, List<Class<?>> resultTypes, boolean idempotent) {
  public StatementSpec {
    variableTypes = List.copyOf(variableTypes);
    resultTypes = List.copyOf(resultTypes);
  }
}
