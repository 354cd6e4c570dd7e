package dev.coodie4j.internal.execution;

import dev.coodie4j.CoodieException;
import dev.coodie4j.spi.CqlDriver;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/** Joins the async implementation for the sync face, rethrowing the original exception. */
public final class Futures {
  /** The implementations of the public faces, whose names follow {@code Default}. */
  private static final String FACES = "dev.coodie4j.internal.api.Default";

  private Futures() {}

  /**
   * Leave for a sync call to wait, given by {@link #mayWait}. {@link #join} takes it as its first argument, so that the
   * check runs before the second argument starts the operation (Java evaluates arguments from left to right): a call
   * refused on a driver I/O thread has sent nothing.
   */
  public static final class Waiting {
    private static final Waiting ALLOWED = new Waiting();

    private Waiting() {}
  }

  /**
   * Leave to wait, refused at once on one of the driver's I/O threads: that thread would wait for a response only it
   * can deliver, until the request timed out. The refusal names the public method on the stack.
   */
  public static Waiting mayWait(CqlDriver driver) {
    return mayWait(driver, null);
  }

  /** {@link #mayWait(CqlDriver)}, the refusal naming {@code call}. */
  public static Waiting mayWait(CqlDriver driver, String call) {
    if (driver.isDriverThread()) {
      throw onDriverThread(call != null ? call : publicCaller());
    }
    return Waiting.ALLOWED;
  }

  /** Waits for the stage, rethrowing the original exception; write {@code join(mayWait(driver), operation)}. */
  public static <T> T join(Waiting allowed, CompletionStage<T> stage) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return stage.toCompletableFuture().get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          throw unwrap(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The first method of the public API on the stack, as Class.method: of {@code Mapper}, or of a face implemented in
   * {@code internal.api}, named after its interface ({@code DefaultEntityTable.get} is {@code EntityTable.get}).
   */
  private static String publicCaller() {
    return StackWalker.getInstance().walk(frames -> frames
        .map(f -> publicName(f.getClassName(), f.getMethodName()))
        .filter(name -> name != null)
        .findFirst()
        .orElse(null));
  }

  private static String publicName(String className, String method) {
    if (className.startsWith(FACES) && className.indexOf('$') < 0) {
      return className.substring(FACES.length()) + "." + method;
    }
    return className.equals("dev.coodie4j.Mapper") ? "Mapper." + method : null;
  }

  private static CoodieException onDriverThread(String call) {
    return new CoodieException("a synchronous mapper call" + (call == null ? "" : " (" + call + ")") + " was made on driver I/O thread '"
        + Thread.currentThread().getName() + "', which runs the callbacks of the async face; blocking there waits for "
        + "a response only that thread can deliver. Inside a callback use the async face and compose, e.g. "
        + "table.async().get(...) with thenCompose, or move the work off the thread with thenApplyAsync(fn, executor)");
  }

  /** Runs an async operation so that a synchronous failure becomes a failed stage, as async callers expect. */
  public static <T> CompletionStage<T> attempt(java.util.function.Supplier<CompletionStage<T>> operation) {
    try {
      return operation.get();
    } catch (RuntimeException e) {
      return java.util.concurrent.CompletableFuture.failedFuture(e);
    }
  }

  /** The failure behind completion wrappers: our own exceptions and other unchecked ones as they are. */
  static RuntimeException unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new CoodieException("operation failed: " + cause, cause);
  }

  /** A stage's failure as the mapper's exception, for results that carry it (a row of a bulk save). */
  public static CoodieException asCoodie(Throwable failure) {
    Throwable cause = cause(failure).orElse(failure);
    return cause instanceof CoodieException coodie ? coodie : new CoodieException("operation failed: " + cause, cause);
  }

  /** The failure of a stage, without its completion wrappers, if it failed. */
  static Optional<Throwable> cause(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return Optional.ofNullable(cause);
  }
}
