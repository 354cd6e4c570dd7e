package dev.coodie4j.query;

import java.util.List;
import java.util.Optional;

/**
 * One page of a query's results and where the next one starts.
 *
 * @param items the rows of this page, mapped
 * @param pagingState an opaque, URL-safe token that resumes the same query after this page; empty on the last page
 */
public record Page<T>(List<T> items, Optional<String> pagingState) {
  public Page {
    items = List.copyOf(items);
  }

  /** Whether a further page may hold rows. */
  public boolean hasNext() {
    return pagingState.isPresent();
  }
}
