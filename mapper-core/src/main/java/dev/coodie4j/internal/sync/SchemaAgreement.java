package dev.coodie4j.internal.sync;

import dev.coodie4j.spi.CqlDriver;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Schema agreement after schema changes: awaited only when the driver did not see it after the last change. */
public final class SchemaAgreement {
  private SchemaAgreement() {}

  /** Completes with whether the nodes agree, once the changes (completing with the driver's answer) are done. */
  public static CompletionStage<Boolean> after(CqlDriver driver, CompletionStage<Boolean> changes) {
    return changes.thenCompose(agreed -> agreed ? CompletableFuture.completedFuture(true)
        : driver.awaitSchemaAgreement());
  }
}
