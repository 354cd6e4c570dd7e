package dev.coodie4j.spi;

import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The values of one execution of a prepared statement, set by index. Variables never set stay unset (no tombstone).
 * Not thread-safe; used once.
 */
public interface Binding {
  /** The statement this binding executes (null only for a binding the mapper makes to check values). */
  PreparedCql statement();

  /** Sets a non-null value whose Java type is the spec's type for that variable (its box for primitives). */
  void set(int index, Object value);

  void setInt(int index, int value);

  void setLong(int index, long value);

  void setDouble(int index, double value);

  void setFloat(int index, float value);

  void setBoolean(int index, boolean value);

  /** Writes null: deletes the column's value. */
  void setNull(int index);

  /**
   * An object equal for two bindings whose partitions the driver knows to have the same replicas, as its token map
   * stands now; null when it does not know (no token metadata, no partition key set). The mapper uses it to group
   * rows of different partitions into one batch sent to those replicas. The default knows nothing.
   */
  default @Nullable Object replicaSet() {
    return null;
  }

  /** The bytes of the values set so far, as sent; -1 when the driver cannot tell. The default cannot. */
  default int valueBytes() {
    return -1;
  }

  /** Runs the statement. */
  CompletionStage<ResultPage> execute(ExecutionOptions options);

  /**
   * Runs the statement and maps its first page to the caller's result. A driver may map in the completion that
   * delivers the page, one stage fewer per request than {@code execute(options).thenApply(then)}, which the default
   * does. Failures of the request are the same as {@link #execute(ExecutionOptions)}'s; what {@code then} throws
   * fails the stage as it is.
   */
  default <R> CompletionStage<R> execute(ExecutionOptions options, Function<? super ResultPage, ? extends R> then) {
    return execute(options).thenApply(then);
  }
}
