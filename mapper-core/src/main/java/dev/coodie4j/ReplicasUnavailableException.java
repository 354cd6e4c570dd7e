package dev.coodie4j;

/**
 * The coordinator refused a request before running it: fewer replicas were alive than its consistency level needs.
 * Nothing was written. Retry later, bring nodes back, or ask for a lower consistency.
 */
public final class ReplicasUnavailableException extends CoodieException {
  private static final long serialVersionUID = 1L;

  private final Consistency consistency;
  private final int required;
  private final int alive;

  public ReplicasUnavailableException(String what, Consistency consistency, int required, int alive,
      Throwable cause) {
    super(what + " failed: not enough replicas alive for consistency " + consistency + ": " + required
        + " required, " + alive + " alive; nothing was written. Bring nodes back, retry later, or use a lower"
        + " consistency (the driver's exception is the cause)", cause);
    this.consistency = consistency;
    this.required = required;
    this.alive = alive;
  }

  /** The consistency level the request asked for. */
  public Consistency consistency() {
    return consistency;
  }

  /** How many replicas that consistency level needs. */
  public int required() {
    return required;
  }

  /** How many replicas the coordinator knew to be alive. */
  public int alive() {
    return alive;
  }
}
