package dev.coodie4j.batch;

import java.util.List;

/**
 * The outcome of a batch. Only a batch with conditional writes can be not applied; then {@code current} holds the
 * rows the server returned for its conditions, mapped to the entity of those writes (a conditional batch is limited
 * to one partition of one table).
 *
 * @param applied whether the batch took effect
 * @param current when not applied, the current rows, possibly partial entities
 */
public record BatchResult(boolean applied, List<Object> current) {
  public BatchResult {
    current = List.copyOf(current);
  }
}
