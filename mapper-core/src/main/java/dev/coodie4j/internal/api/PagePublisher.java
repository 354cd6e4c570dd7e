package dev.coodie4j.internal.api;

import dev.coodie4j.CoodieException;
import dev.coodie4j.query.AsyncQuery;
import dev.coodie4j.query.Page;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A query's rows as a {@link Flow.Publisher}: each subscription runs the query anew and fetches a page only when the
 * subscriber has asked for more rows than it holds, so a subscriber that requests nothing gets nothing and causes no
 * request. Signals are serialized by a drain loop; pages complete on the driver's threads.
 */
public final class PagePublisher<T> implements Flow.Publisher<T> {
  private final AsyncQuery<T> query;
  private final int pageSize;

  public PagePublisher(AsyncQuery<T> query, int pageSize) {
    if (pageSize < 1) {
      throw new CoodieException("publisher page size " + pageSize + ": use at least 1");
    }
    this.query = query;
    this.pageSize = pageSize;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super T> subscriber) {
    if (subscriber == null) {
      throw new NullPointerException("subscriber"); // Reactive Streams rule 1.9
    }
    PageSubscription<T> subscription = new PageSubscription<>(query, pageSize, subscriber);
    subscriber.onSubscribe(subscription);
  }

  private static final class PageSubscription<T> implements Flow.Subscription {
    private final AsyncQuery<T> query;
    private final int pageSize;
    private final Flow.Subscriber<? super T> subscriber;
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger wip = new AtomicInteger();
    private final ArrayDeque<T> buffer = new ArrayDeque<>(); // only touched inside drain
    private volatile boolean cancelled;
    private volatile boolean fetching;
    private volatile List<T> arrived;
    private volatile String nextToken;
    private volatile boolean started;
    private volatile boolean exhausted;
    private volatile Throwable error;
    private boolean terminated;

    PageSubscription(AsyncQuery<T> query, int pageSize, Flow.Subscriber<? super T> subscriber) {
      this.query = query;
      this.pageSize = pageSize;
      this.subscriber = subscriber;
    }

    @Override
    public void request(long n) {
      if (n <= 0) { // rule 3.9
        error = new IllegalArgumentException("request(" + n + "): Reactive Streams rule 3.9 asks for a positive number");
        exhausted = true;
      } else {
        demand.getAndUpdate(current -> current + n < 0 ? Long.MAX_VALUE : current + n);
      }
      drain();
    }

    @Override
    public void cancel() {
      cancelled = true;
      drain();
    }

    private void drain() {
      if (wip.getAndIncrement() != 0) {
        return;
      }
      int missed = 1;
      do {
        List<T> page = arrived;
        if (page != null) {
          arrived = null;
          buffer.addAll(page);
        }
        while (!cancelled && !terminated && error == null && demand.get() > 0 && !buffer.isEmpty()) {
          demand.decrementAndGet();
          subscriber.onNext(buffer.poll());
        }
        if (cancelled) {
          buffer.clear();
        } else if (!terminated && error != null) {
          terminated = true;
          buffer.clear();
          subscriber.onError(error);
        } else if (!terminated && buffer.isEmpty() && !fetching) {
          if (exhausted) {
            terminated = true;
            subscriber.onComplete();
          } else if (demand.get() > 0) {
            fetching = true;
            fetch();
          }
        }
        missed = wip.addAndGet(-missed);
      } while (missed != 0);
    }

    private void fetch() {
      CompletionStage<Page<T>> next;
      try {
        next = started ? query.page(pageSize, nextToken) : query.page(pageSize);
      } catch (RuntimeException e) {
        next = java.util.concurrent.CompletableFuture.failedFuture(e);
      }
      started = true;
      next.whenComplete((page, failure) -> {
        if (failure != null) {
          error = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        } else {
          nextToken = page.pagingState().orElse(null);
          exhausted = nextToken == null;
          arrived = page.items();
        }
        fetching = false;
        drain();
      });
    }
  }
}
