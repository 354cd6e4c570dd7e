package dev.coodie4j.migrations.internal;

import dev.coodie4j.CoodieException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/** Waiting for the driver SPI's stages from the runner's (the caller's) thread, failures unwrapped. */
public final class Stages {
  private Stages() {}

  public static <T> T join(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new CoodieException(cause.getMessage(), cause);
    }
  }
}
