package dev.coodie4j.migrations;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Another runner held the migration lock for longer than this runner waits, or this runner lost its lock. */
public final class MigrationLockException extends MigrationException {
  private static final long serialVersionUID = 1L;

  private final @Nullable String holder;
  private final @Nullable Instant until;

  public MigrationLockException(String message, @Nullable String holder, @Nullable Instant until) {
    super(message);
    this.holder = holder;
    this.until = until;
  }

  /** Who holds the lock, as it recorded itself (host, process), or null if unknown. */
  public @Nullable String holder() {
    return holder;
  }

  /** When the holder's lock expires unless it renews it, or null if unknown. */
  public @Nullable Instant until() {
    return until;
  }
}
