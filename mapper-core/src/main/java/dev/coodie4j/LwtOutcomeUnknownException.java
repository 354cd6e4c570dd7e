package dev.coodie4j;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A conditional write (a lightweight transaction) timed out, so whether it applied is unknown: it is neither
 * applied nor not applied. The cause is the {@link ReplicaTimeoutException} or the {@link RequestTimeoutException}.
 * Find out by reading the row at {@link Consistency#SERIAL} (for example
 * {@code table.query().where(Account::name).eq(name).consistency(Consistency.SERIAL).first()}), which completes any
 * Paxos round left in progress on that partition, then retry the write if it had not applied.
 */
public final class LwtOutcomeUnknownException extends CoodieException {
  private static final long serialVersionUID = 1L;

  /** The kind of conditional statement. */
  public enum Kind {
    /** {@code INSERT ... IF NOT EXISTS}. */
    INSERT_IF_NOT_EXISTS,
    /** {@code UPDATE ... IF EXISTS} or {@code IF} conditions. */
    UPDATE_IF,
    /** {@code DELETE ... IF EXISTS} or {@code IF} conditions. */
    DELETE_IF,
    /** A batch holding conditional writes. */
    CONDITIONAL_BATCH
  }

  private final Class<?> entityClass;
  private final String table;
  private final Kind kind;
  private final transient Map<String, Object> key;

  /**
   * @param entityClass the entity written
   * @param table the qualified table name
   * @param kind the conditional statement's kind
   * @param key the primary key columns of the row written, by column name, in key order
   * @param cause the timeout
   */
  public LwtOutcomeUnknownException(Class<?> entityClass, String table, Kind kind, Map<String, Object> key,
      CoodieException cause) {
    super(entityClass.getSimpleName() + " " + kind + " on " + table + (key.isEmpty() ? "" : " with key " + key)
        + ": the outcome is unknown, the write may or may not have applied (" + cause.getMessage() + "). Never "
        + "treat this as not applied: read the row at Consistency.SERIAL to find out, then retry if it did not "
        + "apply", cause);
    this.entityClass = entityClass;
    this.table = table;
    this.kind = kind;
    this.key = Collections.unmodifiableMap(new LinkedHashMap<>(key));
  }

  /** The entity written. */
  public Class<?> entityClass() {
    return entityClass;
  }

  /** The qualified table name as CQL writes it, such as {@code "shop"."account"}. */
  public String table() {
    return table;
  }

  /** The kind of conditional statement. */
  public Kind kind() {
    return kind;
  }

  /** The primary key of the row written, column name to value, in key order; empty for a batch. */
  public Map<String, Object> key() {
    return key;
  }
}
