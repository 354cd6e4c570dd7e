package dev.coodie4j;

/** Consistency levels, as CQL names them. {@code SERIAL} and {@code LOCAL_SERIAL} are for conditional writes. */
public enum Consistency {
  ANY,
  ONE,
  TWO,
  THREE,
  QUORUM,
  ALL,
  LOCAL_ONE,
  LOCAL_QUORUM,
  EACH_QUORUM,
  SERIAL,
  LOCAL_SERIAL;

  /** Whether this is a serial level, used for the Paxos phase of lightweight transactions. */
  public boolean isSerial() {
    return this == SERIAL || this == LOCAL_SERIAL;
  }
}
