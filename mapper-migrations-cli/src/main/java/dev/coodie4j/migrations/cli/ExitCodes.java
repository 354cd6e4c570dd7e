package dev.coodie4j.migrations.cli;

/** What the {@code coodie4j} command's exit status means. */
public final class ExitCodes {
  /** Done; for {@code status} and {@code schema-diff}: nothing pending, nothing differs. */
  public static final int OK = 0;
  /** A failure: a migration failed, the server refused, bad input (the message says which). */
  public static final int FAILURE = 1;
  /** {@code status}: migrations are pending or failed; {@code schema-diff}: the schema differs from the entities. */
  public static final int PENDING = 2;
  /** Applied migrations changed since they ran (checksum mismatch): revert them or run {@code repair}. */
  public static final int CHECKSUM_MISMATCH = 3;
  /** Another runner held the migration lock for longer than {@code --lock-wait}. */
  public static final int LOCKED = 4;
  /** The command line itself is wrong (unknown option, missing value). */
  public static final int USAGE = 64;

  private ExitCodes() {}
}
