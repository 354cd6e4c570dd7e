package dev.coodie4j.spi;

/** A prepared statement with its converters resolved. Thread-safe; {@link #bind()} starts one execution. */
public interface PreparedCql {
  StatementSpec spec();

  /** A new binding with every variable unset. */
  Binding bind();
}
