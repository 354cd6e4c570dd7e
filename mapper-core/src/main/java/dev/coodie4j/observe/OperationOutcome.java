package dev.coodie4j.observe;

/** How an operation ended. */
public enum OperationOutcome {
  /** The server answered and, for a conditional write, applied it. */
  SUCCESS,
  /** A conditional write the server answered with "not applied". */
  NOT_APPLIED,
  /** The operation failed; {@link OperationEvent#failure()} names the exception. */
  FAILED
}
