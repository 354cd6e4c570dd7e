package dev.coodie4j.internal.execution;

import dev.coodie4j.internal.access.Instantiator;
import dev.coodie4j.spi.CqlDriver;
import dev.coodie4j.spi.ResultPage;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/** Reading the rows of a result page by page: all of them into a list, or lazily through an iterator. */
public final class ResultRows {
  private ResultRows() {}

  /** Adds every row of this page and the pages after it to {@code into}, fetching the next page without blocking. */
  public static <R> CompletionStage<List<R>> collect(ResultPage page, Function<? super ResultPage, ? extends R> read,
      List<R> into) {
    while (page.nextRow()) {
      into.add(read.apply(page));
    }
    return page.hasMorePages()
        ? page.nextPage().thenCompose(next -> collect(next, read, into))
        : CompletableFuture.completedFuture(into);
  }

  /** The rows from this page on, mapped as they are consumed; the next page is fetched, blocking, when reached. */
  static <T> Iterator<T> iterator(CqlDriver driver, ResultPage first, Instantiator<T> reader) {
    return new RowIterator<>(driver, first, reader);
  }

  private static final class RowIterator<T> implements Iterator<T> {
    private final CqlDriver driver;
    private final Instantiator<T> reader;
    private ResultPage page;
    private boolean onUnreadRow;

    RowIterator(CqlDriver driver, ResultPage first, Instantiator<T> reader) {
      this.driver = driver;
      this.page = first;
      this.reader = reader;
    }

    @Override
    public boolean hasNext() {
      while (!onUnreadRow) {
        if (page.nextRow()) {
          onUnreadRow = true;
        } else if (page.hasMorePages()) {
          page = Futures.join(Futures.mayWait(driver, "Query.iterator()/stream() fetching the next page"), page.nextPage());
        } else {
          return false;
        }
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      onUnreadRow = false;
      return reader.read(page);
    }
  }
}
