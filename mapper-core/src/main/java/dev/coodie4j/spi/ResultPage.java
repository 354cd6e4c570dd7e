package dev.coodie4j.spi;

import java.util.concurrent.CompletionStage;

/**
 * One page of results, read as a cursor: {@link #nextRow()} moves to the next row of this page and the
 * {@link ColumnValues} methods read it.
 */
public interface ResultPage extends ColumnValues {
  /** Moves to the next row of this page; false when the page is exhausted. */
  boolean nextRow();

  /** Whether the server has more pages after this one. */
  boolean hasMorePages();

  /** Fetches the next page; only valid when {@link #hasMorePages()}. */
  CompletionStage<ResultPage> nextPage();
}
