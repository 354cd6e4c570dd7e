package dev.coodie4j.spi;

import java.lang.reflect.Type;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The shape of a statement: everything about it except values. Equal specs share one prepared statement.
 *
 * @param cql the CQL text, with {@code ?} markers
 * @param variableTypes the Java type of each bind variable, in marker order: a class (primitives allowed) or a
 *     parameterized type such as {@code List<String>} for an {@code IN ?} marker
 * @param resultTypes the Java type of each selected column, in select order (primitives allowed); empty for writes
 *     and for statements whose rows are read by name (see {@link ResultPage#byName})
 * @param idempotent whether the statement may be retried safely
 * @param keyspace the keyspace that table names the text leaves unqualified resolve to, or null for the session's;
 *     the mapper's statements qualify their tables and leave it null, raw statements carry the mapper's keyspace.
 *     A driver sends it with the statement where the protocol can (native protocol v5), and ignores it otherwise.
 */
public record StatementSpec(
    String cql, List<Type> variableTypes, List<Type> resultTypes, boolean idempotent, @Nullable String keyspace) {
  public StatementSpec {
    variableTypes = List.copyOf(variableTypes);
    resultTypes = List.copyOf(resultTypes);
  }

  /** A statement whose table names are qualified, or resolve to the session's keyspace. */
  public StatementSpec(String cql, List<Type> variableTypes, List<Type> resultTypes, boolean idempotent) {
    this(cql, variableTypes, resultTypes, idempotent, null);
  }
}
