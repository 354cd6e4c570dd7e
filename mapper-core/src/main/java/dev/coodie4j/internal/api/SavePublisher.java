package dev.coodie4j.internal.api;

import dev.coodie4j.CoodieException;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.internal.execution.Futures;
import dev.coodie4j.table.AsyncEntityTable;
import dev.coodie4j.table.SaveResult;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Saves the entities an upstream publisher emits and publishes one {@link SaveResult} per entity, in the order the
 * writes complete. Demand flows upstream: an entity is requested only when the subscriber has asked for its result
 * and fewer than {@code maxInFlight} entities are requested, being written or waiting to be delivered. So a
 * subscriber that requests nothing writes nothing, and memory stays bounded whatever the upstream's size. A row that
 * fails is a result, not the end of the stream; an upstream failure ends the stream after the rows already taken
 * are delivered.
 */
public final class SavePublisher<T> implements Flow.Publisher<SaveResult<T>> {
  private final AsyncEntityTable<T> table;
  private final Flow.Publisher<? extends T> entities;
  private final WriteOptions options;
  private final int maxInFlight;
  /** Why the arguments are refused, signalled to each subscriber: the async face never throws. */
  private final CoodieException refused;

  /** {@code entity} names the entity class in the refusal of bad arguments. */
  public SavePublisher(AsyncEntityTable<T> table, String entity, Flow.Publisher<? extends T> entities,
      WriteOptions options, int maxInFlight) {
    this.refused = maxInFlight < 1
        ? new CoodieException(entity + ".saveAll with at most " + maxInFlight + " writes in flight: use at least 1")
        : entities == null || options == null
        ? new CoodieException(entity + ".saveAll needs a publisher of entities and write options; got "
            + (entities == null ? "no publisher" : "no write options"))
        : null;
    this.table = table;
    this.entities = entities;
    this.options = options;
    this.maxInFlight = maxInFlight;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super SaveResult<T>> subscriber) {
    if (subscriber == null) {
      throw new NullPointerException("subscriber"); // Reactive Streams rule 1.9
    }
    if (refused != null) {
      subscriber.onSubscribe(new Flow.Subscription() {
        @Override
        public void request(long n) {}

        @Override
        public void cancel() {}
      });
      subscriber.onError(refused);
      return;
    }
    Relay<T> relay = new Relay<>(this, subscriber);
    subscriber.onSubscribe(relay);
    entities.subscribe(relay.upstreamSubscriber());
  }

  private static final class Relay<T> implements Flow.Subscription {
    private final SavePublisher<T> owner;
    private final Flow.Subscriber<? super SaveResult<T>> downstream;
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger wip = new AtomicInteger();
    private final ConcurrentLinkedQueue<SaveResult<T>> ready = new ConcurrentLinkedQueue<>();
    private final AtomicLong awaited = new AtomicLong(); // requested from upstream, not yet arrived
    private final AtomicInteger taken = new AtomicInteger(); // arrived: being written, or written and not delivered
    private volatile Flow.Subscription upstream;
    private volatile boolean upstreamDone;
    private volatile Throwable failure;
    private volatile Throwable misuse; // the subscriber broke a rule: ends the stream at once
    private volatile boolean cancelled;
    private boolean terminated;

    Relay(SavePublisher<T> owner, Flow.Subscriber<? super SaveResult<T>> downstream) {
      this.owner = owner;
      this.downstream = downstream;
    }

    Flow.Subscriber<T> upstreamSubscriber() {
      return new Flow.Subscriber<>() {
        @Override
        public void onSubscribe(Flow.Subscription subscription) {
          if (upstream != null || cancelled) {
            subscription.cancel(); // rule 2.5
            return;
          }
          upstream = subscription;
          drain();
        }

        @Override
        public void onNext(T entity) {
          if (entity == null) {
            fail(new NullPointerException("the entities' publisher emitted null (Reactive Streams rule 2.13)"));
            return;
          }
          write(entity);
        }

        @Override
        public void onError(Throwable error) {
          failure = error;
          upstreamDone = true;
          drain();
        }

        @Override
        public void onComplete() {
          upstreamDone = true;
          drain();
        }
      };
    }

    private void write(T entity) {
      taken.incrementAndGet();
      awaited.decrementAndGet();
      CompletionStage<Void> saved;
      try {
        saved = owner.table.save(entity, owner.options);
      } catch (RuntimeException e) {
        saved = CompletableFuture.failedFuture(e);
      }
      saved.whenComplete((ignored, error) -> {
        ready.add(new SaveResult<>(entity, error == null ? Optional.empty() : Optional.of(Futures.asCoodie(error))));
        drain();
      });
    }

  

    @Override
    public void request(long n) {
      if (n <= 0) {
        misuse = new IllegalArgumentException("request(" + n + "): Reactive Streams rule 3.9 asks for a positive number");
        cancelUpstream();
        drain();
        return;
      }
      demand.getAndUpdate(current -> current + n < 0 ? Long.MAX_VALUE : current + n);
      drain();
    }

    @Override
    public void cancel() {
      cancelled = true;
      drain();
    }

    private void fail(Throwable error) {
      failure = error;
      upstreamDone = true;
      cancelUpstream();
      drain();
    }

    private void cancelUpstream() {
      Flow.Subscription subscription = upstream;
      if (subscription != null) {
        subscription.cancel();
      }
    }

    private void drain() {
      if (wip.getAndIncrement() != 0) {
        return;
      }
      int missed = 1;
      do {
        if (cancelled) {
          if (!terminated) {
            terminated = true;
            cancelUpstream();
          }
          ready.clear();
        } else if (!terminated && misuse != null) {
          terminated = true;
          ready.clear();
          downstream.onError(misuse);
        } else if (!terminated) {
          SaveResult<T> next;
          while (demand.get() > 0 && (next = ready.poll()) != null) {
            demand.decrementAndGet();
            taken.decrementAndGet();
            downstream.onNext(next);
          }
          if (upstreamDone && taken.get() == 0) {
            terminated = true;
            if (failure != null) {
              downstream.onError(failure);
            } else {
              downstream.onComplete();
            }
          } else if (!upstreamDone && upstream != null) {
            long room = Math.min(owner.maxInFlight, demand.get()) - awaited.get() - taken.get();
            if (room > 0) {
              awaited.addAndGet(room);
              upstream.request(room);
            }
          }
        }
        missed = wip.addAndGet(-missed);
      } while (missed != 0);
    }
  }
}
