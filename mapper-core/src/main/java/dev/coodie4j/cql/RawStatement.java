package dev.coodie4j.cql;

import dev.coodie4j.WriteOptions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * A CQL statement written by hand, with bound values: prepared once per text and value types and cached like every
 * other statement. Rows map to an entity, to a record whose components are named after the columns, or to maps.
 * Immutable.
 *
 * <pre>{@code
 * List<Product> cheap = mapper.cql("SELECT * FROM shop.product WHERE brand = ? AND price < ? ALLOW FILTERING",
 *     "Acme", 20f).list(Product.class);
 * }</pre>
 */
public interface RawStatement {
  /** Marks the statement safe to retry (false by default: coodie4j cannot tell from the text). */
  RawStatement idempotent(boolean safeToRetry);

  /** Consistency, serial consistency and timeout; TTL and timestamp belong in the CQL text and are refused here. */
  RawStatement options(WriteOptions executionOptions);

  /** Every row, mapped to {@code type}. */
  <R> List<R> list(Class<R> type);

  <R> CompletionStage<List<R>> listAsync(Class<R> type);

  /** The first row, mapped to {@code type}; the server is asked for one row, not a page. */
  <R> Optional<R> first(Class<R> type);

  <R> CompletionStage<Optional<R>> firstAsync(Class<R> type);

  /** Every row as a map from column name to value, in select order, with the driver's default Java types. */
  List<Map<String, Object>> maps();

  CompletionStage<List<Map<String, Object>>> mapsAsync();

  /** Runs the statement; false only for a conditional statement that was not applied. */
  boolean execute();

  CompletionStage<Boolean> executeAsync();
}
