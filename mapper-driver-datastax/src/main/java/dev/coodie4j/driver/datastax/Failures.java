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
import java.util.function.Function;
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
      throw translated(failure, description.get());
    });
  }

  /**
   * As {@link #wrap(CompletionStage, Supplier)}, with the result mapped in the same stage: one completion fewer per
   * request than wrapping and then mapping.
   */
  static <T, R> CompletionStage<R> wrap(CompletionStage<T> request, Supplier<String> description,
      Function<? super T, ? extends R> mapping) {
    return request.toCompletableFuture().handle((result, failure) -> {
      if (failure == null) {
        return mapping.apply(result);
      }
      throw translated(failure, description.get());
    });
  }

  /** The mapper's exception for a driver failure while doing {@code what}; errors are rethrown as they are. */
  static RuntimeException translated(Throwable failure, String what) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
    if (cause instanceof CoodieException own) {
      return own;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    Throwable server = serverError(cause);
    if (server instanceof UnavailableException unavailable) {
      return new ReplicasUnavailableException(what, consistency(unavailable.getConsistencyLevel()),
          unavailable.getRequired(), unavailable.getAlive(), cause);
    }
    if (server instanceof WriteTimeoutException timeout) {
      return new ReplicaTimeoutException(what, consistency(timeout.getConsistencyLevel()), timeout.getReceived(),
          timeout.getBlockFor(), timeout.getWriteType().name(), cause);
    }
    if (server instanceof CASWriteUnknownException unknown) {
      return new ReplicaTimeoutException(what, consistency(unknown.getConsistencyLevel()), unknown.getReceived(),
          unknown.getBlockFor(), "CAS", cause);
    }
    if (server instanceof DriverTimeoutException) {
      return new RequestTimeoutException(what, cause);
    }
    if (server instanceof ReadTimeoutException timeout) {
      return new ReplicaTimeoutException(what, consistency(timeout.getConsistencyLevel()), timeout.getReceived(),
          timeout.getBlockFor(), null, cause);
    }
    return new CoodieException(what + " failed: " + cause.getMessage() + " (" + cause.getClass().getSimpleName()
        + " from the driver, the cause)", cause);
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
