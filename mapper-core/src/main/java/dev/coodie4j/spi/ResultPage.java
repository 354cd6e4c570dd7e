package dev.coodie4j.spi;

import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;

/**
 * One page of results, read as a cursor: {@link #nextRow()} moves to the next row of this page and the
 * {@link ColumnValues} methods read it.
 */
public interface ResultPage extends ColumnValues {
  /** Moves to the next row of this page; false when the page is exhausted. */
  boolean nextRow();

  /**
   * For a conditional statement, whether it was applied; true for any other statement. Call it before
   * {@link #nextRow()}.
   */
  boolean wasApplied();

  /**
   * The current row read by column name rather than select position, for results whose columns are only known when
   * they arrive (the current row returned by a conditional statement that was not applied). Index {@code i} of the
   * view reads column {@code names.get(i)} as {@code javaTypes.get(i)}, or null if the row has no such column.
   * Converters are looked up on each call: not for hot paths. A Java type of {@code Object.class} means the driver's
   * default Java type for the column.
   */
  ColumnValues byName(java.util.List<String> names, java.util.List<java.lang.reflect.Type> javaTypes);

  /** The names of the result's columns, in select order. */
  java.util.List<String> columnNames();

  /** Where the next page starts, to pass back in {@link ExecutionOptions#pagingState()}; null on the last page. */
  byte @Nullable [] pagingState();

  /** Whether the server has more pages after this one. */
  boolean hasMorePages();

  /** How many rows of this page are not yet read by {@link #nextRow()}: the page's size before the first call. */
  int rowsInPage();

  /** Fetches the next page; only valid when {@link #hasMorePages()}. */
  CompletionStage<ResultPage> nextPage();
}
