package dev.coodie4j;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Replicas did not answer in time: the coordinator got {@link #received()} of the {@link #required()} answers its
 * consistency level needs. For a write the outcome is unknown: the write may have been applied on some replicas, or
 * on all of them later. For a conditional write ({@link #writeType()} {@code CAS}) it may or may not have applied;
 * read the row at {@code SERIAL} consistency to find out. The driver retries only idempotent statements.
 */
public final class ReplicaTimeoutException extends CoodieException {
  private static final long serialVersionUID = 1L;

  private final Consistency consistency;
  private final int received;
  private final int required;
  private final @Nullable String writeType;

  public ReplicaTimeoutException(String what, Consistency consistency, int received, int required,
      @Nullable String writeType, Throwable cause) {
    super(what + " failed: " + (writeType == null ? "read" : writeType + " write") + " timed out at consistency "
        + consistency + ": " + received + " of " + required + " replicas answered; " + (writeType == null
            ? "retry, or use a lower consistency"
            : "CAS".equals(writeType)
                ? "the outcome is unknown, it may or may not have applied: read the row at SERIAL consistency"
                : "the outcome is unknown, the write may have been applied: retry it if it is idempotent")
        + " (the driver's timeout exception is the cause)", cause);
    this.consistency = consistency;
    this.received = received;
    this.required = required;
    this.writeType = writeType;
  }

  /** The consistency level the request asked for. */
  public Consistency consistency() {
    return consistency;
  }

  /** How many replicas answered in time. */
  public int received() {
    return received;
  }

  /** How many answers the consistency level needs. */
  public int required() {
    return required;
  }

  /** For a write, the server's write type ({@code SIMPLE}, {@code BATCH}, {@code CAS}, {@code COUNTER}...). */
  public Optional<String> writeType() {
    return Optional.ofNullable(writeType);
  }

  /** Whether the request was a write. */
  public boolean isWrite() {
    return writeType != null;
  }
}
