package dev.coodie4j.driver.datastax;

import dev.coodie4j.CoodieException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/** Turns the driver's failures of a request into CoodieExceptions that say what was sent, the driver's as cause. */
final class Failures {
  private Failures() {}

  /** The stage, failing with a CoodieException about {@code what} (e.g. "running 'SELECT ...'") if the request fails. */
  static <T> CompletionStage<T> wrap(CompletionStage<T> request, String what) {
    CompletableFuture<T> future = request.toCompletableFuture();
    if (future.isDone() && !future.isCompletedExceptionally()) {
      return future;
    }
    return future.handle((result, failure) -> {
      if (failure == null) {
        return result;
      }
      Throwable cause = failure instanceof CompletionException && failure.getCause() != null
          ? failure.getCause() : failure;
      if (cause instanceof CoodieException own) {
        throw own;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new CoodieException(what + " failed: " + cause.getMessage() + " (" + cause.getClass().getSimpleName()
          + " from the driver, the cause)", cause);
    });
  }

  /** "running 'CQL'", for messages. */
  static String running(String cql) {
    return "running '" + cql + "'";
  }
}
