package dev.coodie4j.driver.datastax;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.servererrors.CASWriteUnknownException;
import com.datastax.oss.driver.api.core.servererrors.ReadTimeoutException;
import com.datastax.oss.driver.api.core.servererrors.UnavailableException;
import com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException;
import dev.coodie4j.Consistency;
import dev.coodie4j.CoodieException;
import dev.coodie4j.ReplicaTimeoutException;
import dev.coodie4j.ReplicasUnavailableException;
import dev.coodie4j.RequestTimeoutException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** Turns the driver's failures of a request into CoodieExceptions that say what was sent, the driver's as cause. */
final class Failures {
  private Failures() {}

  /**
   * The stage, failing with a CoodieException about {@code description} (e.g. "running 'SELECT ...'") if the request
   * fails; the description is built only then.
   */
  static <T> CompletionStage<T> wrap(CompletionStage<T> request, Supplier<String> description) {
    CompletableFuture<T> future = request.toCompletableFuture();
    if (future.isDone() && !future.isCompletedExceptionally()) {
      return future;
    }
    return future.handle((result, failure) -> {
      if (failure == null) {
        return result;
      }
      String what = description.get();
      Throwable cause = failure instanceof CompletionException && failure.getCause() != null
          ? failure.getCause() : failure;
      if (cause instanceof CoodieException own) {
        throw own;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      Throwable server = serverError(cause);
      if (server instanceof UnavailableException unavailable) {
        throw new ReplicasUnavailableException(what, consistency(unavailable.getConsistencyLevel()),
            unavailable.getRequired(), unavailable.getAlive(), cause);
      }
      if (server instanceof WriteTimeoutException timeout) {
        throw new ReplicaTimeoutException(what, consistency(timeout.getConsistencyLevel()), timeout.getReceived(),
            timeout.getBlockFor(), timeout.getWriteType().name(), cause);
      }
      if (server instanceof CASWriteUnknownException unknown) {
        throw new ReplicaTimeoutException(what, consistency(unknown.getConsistencyLevel()), unknown.getReceived(),
            unknown.getBlockFor(), "CAS", cause);
      }
      if (server instanceof DriverTimeoutException) {
        throw new RequestTimeoutException(what, cause);
      }
      if (server instanceof ReadTimeoutException timeout) {
        throw new ReplicaTimeoutException(what, consistency(timeout.getConsistencyLevel()), timeout.getReceived(),
            timeout.getBlockFor(), null, cause);
      }
      throw new CoodieException(what + " failed: " + cause.getMessage() + " (" + cause.getClass().getSimpleName()
          + " from the driver, the cause)", cause);
    });
  }

  /**
   * The server's answer behind a failure: when the retry policy tried other nodes and every one answered the same kind
   * of error (an unavailable coordinator is tried once more elsewhere), the last of them.
   */
  private static Throwable serverError(Throwable failure) {
    if (failure instanceof AllNodesFailedException all) {
      List<Throwable> errors = all.getAllErrors().values().stream().flatMap(List::stream).toList();
      if (!errors.isEmpty() && errors.stream().allMatch(e -> e.getClass() == errors.get(0).getClass())) {
        return errors.get(errors.size() - 1);
      }
    }
    return failure;
  }

  private static Consistency consistency(ConsistencyLevel level) {
    return Consistency.valueOf(level.name());
  }

  /** "running 'CQL'", for messages. */
  static String running(String cql) {
    return "running '" + cql + "'";
  }
}
