package dev.coodie4j.internal.execution;

import dev.coodie4j.observe.OperationEvent;
import dev.coodie4j.observe.OperationKind;
import dev.coodie4j.observe.OperationListener;
import dev.coodie4j.observe.OperationOutcome;
import dev.coodie4j.spi.ResultPage;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The listeners of one mapper, told of each operation when it completes. A listener that throws is logged once and
 * called again for later operations; the operation's own result is untouched.
 */
public final class Listeners {
  private static final System.Logger LOG = System.getLogger("dev.coodie4j.observe");

  private final OperationListener[] listeners;
  private final AtomicBoolean[] warned;

  private Listeners(List<OperationListener> listeners) {
    this.listeners = listeners.toArray(OperationListener[]::new);
    this.warned = new AtomicBoolean[this.listeners.length];
    for (int i = 0; i < warned.length; i++) {
      warned[i] = new AtomicBoolean();
    }
  }

  /** The listeners, or null when there are none (then nothing is measured). */
  public static Listeners of(List<OperationListener> listeners) {
    return listeners.isEmpty() ? null : new Listeners(listeners);
  }

  /** The stage, telling the listeners of its outcome first. */
  public CompletionStage<ResultPage> observe(CompletionStage<ResultPage> stage, String table, String cql,
      long startNanos) {
    return observe(stage, table, OperationKind.of(cql), cql.hashCode(), startNanos);
  }

  /** As {@link #observe(CompletionStage, String, String, long)}, with the kind and shape known. */
  public CompletionStage<ResultPage> observe(CompletionStage<ResultPage> stage, String table, OperationKind kind,
      int shape, long startNanos) {
    return stage.whenComplete((page, failure) -> {
      long latency = System.nanoTime() - startNanos;
      OperationOutcome outcome = OperationOutcome.FAILED;
      String failed = null;
      int rows = 0;
      if (failure != null) {
        Throwable cause = Futures.cause(failure).orElse(failure);
        failed = cause.getClass().getSimpleName();
      }
      if (failure == null) {
        outcome = page.wasApplied() ? OperationOutcome.SUCCESS : OperationOutcome.NOT_APPLIED;
        rows = kind == OperationKind.SELECT ? page.rowsInPage() : 0;
      }
      tell(new OperationEvent(table, kind, shape, latency, rows, outcome, failed));
    });
  }

  void tell(OperationEvent event) {
    for (int i = 0; i < listeners.length; i++) {
      try {
        listeners[i].onOperation(event);
      } catch (RuntimeException e) {
        if (warned[i].compareAndSet(false, true)) {
          LOG.log(System.Logger.Level.WARNING, "operation listener " + listeners[i].getClass().getName()
              + " threw; the operation is not affected, and this is logged once per listener", e);
        }
      }
    }
  }
}
