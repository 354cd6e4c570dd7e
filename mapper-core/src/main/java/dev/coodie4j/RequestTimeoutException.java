package dev.coodie4j;

/**
 * No answer came from the coordinator within the driver's request timeout ({@code basic.request.timeout}, 2 s by
 * default): the node may be hung, overloaded or cut off. Unlike {@link ReplicaTimeoutException}, the server said
 * nothing, so for a write the outcome is unknown. The driver tries another node only for an idempotent statement,
 * and only when the session enables speculative executions.
 */
public final class RequestTimeoutException extends CoodieException {
  private static final long serialVersionUID = 1L;

  public RequestTimeoutException(String what, Throwable cause) {
    super(what + " failed: no answer from the coordinator within the driver's request timeout; for a write the "
        + "outcome is unknown. Retry an idempotent write, raise basic.request.timeout, or enable speculative "
        + "executions for idempotent statements (the driver's timeout exception is the cause)", cause);
  }
}
