package dev.coodie4j.migrations;

import java.util.List;

/**
 * Applied migrations changed since they ran; nothing runs until the change is reverted, or accepted with
 * {@link MigrationRunner#repair()}.
 */
public final class ChecksumMismatchException extends MigrationException {
  private static final long serialVersionUID = 1L;

  private final List<String> versions;

  public ChecksumMismatchException(List<String> mismatches, List<String> versions) {
    super("applied migrations changed since they ran:\n  - " + String.join("\n  - ", mismatches)
        + "\nRevert the change and write a new migration instead, or accept it with repair()");
    this.versions = List.copyOf(versions);
  }

  /** The versions whose checksum differs. */
  public List<String> versions() {
    return versions;
  }
}
