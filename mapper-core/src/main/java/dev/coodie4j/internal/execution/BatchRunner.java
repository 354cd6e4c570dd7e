package dev.coodie4j.internal.execution;

import dev.coodie4j.CoodieException;
import dev.coodie4j.LwtOutcomeUnknownException;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.batch.BatchResult;
import dev.coodie4j.batch.BatchType;
import dev.coodie4j.internal.check.ErrorLabel;
import dev.coodie4j.spi.Binding;
import dev.coodie4j.spi.CqlDriver;
import dev.coodie4j.spi.ExecutionOptions;
import dev.coodie4j.spi.PreparedCql;
import dev.coodie4j.spi.ResultPage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;

/** Sends writes as one batch: every statement prepared and bound before anything is sent. */
public final class BatchRunner {
  private BatchRunner() {}

  public static CompletionStage<BatchResult> execute(CqlDriver driver, BatchType type, List<Write> writes,
      WriteOptions options) {
    return execute(driver, type, writes, null, options);
  }

  /**
   * As {@link #execute(CqlDriver, BatchType, List, WriteOptions)}; with {@code bound}, the writes' bindings, made by
   * the caller from their prepared statements in the writes' order, are sent as they are.
   */
  static CompletionStage<BatchResult> execute(CqlDriver driver, BatchType type, List<Write> writes,
      @Nullable List<Binding> bound, WriteOptions options) {
    check(type, writes, options);
    Listeners listeners = writes.get(0).table().listeners();
    long started = listeners == null ? 0 : System.nanoTime();
    CompletionStage<ResultPage> sent = TableOperations.limited(writes.get(0).table().inFlightLimit(),
        () -> bound == null ? prepareAndSend(driver, type, writes, options) : send(driver, type, writes, bound, options));
    if (listeners != null) {
      // a batch's shape: its type and the shapes of its statements, in order
      int shape = type.hashCode();
      for (Write write : writes) {
        shape = 31 * shape + write.spec().cql().hashCode();
      }
      sent = listeners.observe(sent, "batch", dev.coodie4j.observe.OperationKind.BATCH, shape, started);
    }
    TableOperations<?> conditional = conditionalTable(writes);
    if (conditional == null) {
      return sent.thenApply(page -> result(page, writes));
    }
    return sent.handle((page, failure) -> {
      if (failure != null) {
        throw conditional.outcomeUnknownOr(failure, LwtOutcomeUnknownException.Kind.CONDITIONAL_BATCH,
            new Object[0]);
      }
      return result(page, writes);
    });
  }

  private static CompletionStage<ResultPage> prepareAndSend(CqlDriver driver, BatchType type, List<Write> writes,
      WriteOptions options) {
    CompletableFuture<?>[] prepared = new CompletableFuture<?>[writes.size()];
    boolean allPrepared = true;
    CompiledStatement spec = null;
    CompletableFuture<PreparedCql> statement = null;
    for (int i = 0; i < prepared.length; i++) {
      Write write = writes.get(i);
      if (write.spec() != spec) { // a batch of one kind of write looks its statement up once
        spec = write.spec();
        statement = write.table().prepared(spec);
        allPrepared &= statement.isDone() && !statement.isCompletedExceptionally();
      }
      prepared[i] = statement;
    }
    CompletionStage<ResultPage> sent;
    if (allPrepared) {
      try {
        sent = send(driver, type, writes, prepared, options);
      } catch (RuntimeException e) {
        sent = CompletableFuture.failedFuture(e);
      }
    } else {
      sent = CompletableFuture.allOf(prepared).thenCompose(ignored -> send(driver, type, writes, prepared, options));
    }
    return sent;
  }

  private static CompletionStage<ResultPage> send(CqlDriver driver, BatchType type, List<Write> writes,
      CompletableFuture<?>[] prepared, WriteOptions options) {
    List<Binding> bindings = new ArrayList<>(writes.size());
    for (int i = 0; i < prepared.length; i++) {
      Binding binding = ((PreparedCql) prepared[i].join()).bind();
      writes.get(i).accept(binding);
      bindings.add(binding);
    }
    return send(driver, type, writes, bindings, options);
  }

  private static CompletionStage<ResultPage> send(CqlDriver driver, BatchType type, List<Write> writes,
      List<Binding> bindings, WriteOptions options) {
    boolean idempotent = true;
    for (Write write : writes) {
      idempotent &= write.spec().idempotent();
    }
    Long timestamp = options.timestampMicros().isPresent() ? options.timestampMicros().getAsLong() : null;
    return driver.executeBatch(type, bindings, ExecutionOptions.of(options), idempotent, timestamp);
  }

  private static BatchResult result(ResultPage page, List<Write> writes) {
    if (page.wasApplied()) {
      return new BatchResult(true, List.of());
    }
    TableOperations<?> conditional = conditionalTable(writes);
    List<Object> current = new ArrayList<>();
    while (page.nextRow()) {
      conditional.currentRow(page).ifPresent(current::add);
    }
    return new BatchResult(false, current);
  }

  /** The table of the batch's conditional writes, or null when it has none. */
  private static TableOperations<?> conditionalTable(List<Write> writes) {
    for (Write write : writes) {
      if (write.conditional()) {
        return write.table();
      }
    }
    return null;
  }

  private static ErrorLabel label(Write write) {
    return ErrorLabel.of(write.table().model().entityClass(), "write in a batch", null);
  }

  private static void check(BatchType type, List<Write> writes, WriteOptions options) {
    if (writes.isEmpty()) {
      throw new CoodieException("the batch is empty: add writes before executing it");
    }
    if (options.ttlSeconds().isPresent() || options.nulls() != WriteOptions.NullHandling.MAPPER_DEFAULT) {
      throw new CoodieException("a batch takes a timestamp, consistency, serial consistency and timeout; set TTL and "
          + "null handling on its writes");
    }
    boolean anyConditional = false;
    for (Write write : writes) {
      anyConditional |= write.conditional();
      WriteOptions own = write.options();
      if (own.consistency().isPresent() || own.serialConsistency().isPresent() || own.timeout().isPresent()) {
        throw new CoodieException(label(write) + "consistency, serial consistency and timeout apply to the whole batch; "
            + "set them with Batch.options(...)");
      }
      if (own.timestampMicros().isPresent() && options.timestampMicros().isPresent()) {
        throw new CoodieException(label(write) + "it has its own timestamp and the batch has one too; keep one of them");
      }
      if (write.counter() != (type == BatchType.COUNTER)) {
        throw new CoodieException(label(write) + (write.counter()
            ? "counter updates go in a COUNTER batch, alone"
            : "a COUNTER batch takes only counter updates"));
      }
    }
    if (anyConditional && options.timestampMicros().isPresent()) {
      throw new CoodieException("a batch with conditional writes cannot have a custom timestamp; Cassandra refuses it");
    }
    if (!anyConditional && options.serialConsistency().isPresent()) {
      throw new CoodieException("serial consistency applies only to a batch with conditional writes");
    }
    if (anyConditional && writes.stream().filter(Write::conditional).map(Write::table).distinct().count() > 1) {
      throw new CoodieException("conditional writes of one batch must all be on one table (and one partition)");
    }
  }
}
