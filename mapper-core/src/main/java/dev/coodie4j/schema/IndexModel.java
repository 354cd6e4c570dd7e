package dev.coodie4j.schema;

import java.util.Map;

/**
 * A secondary index declared on a column.
 *
 * @param name the index name
 * @param target what it indexes
 * @param using the index implementation: empty for the server's default, {@code sai}, or a custom index class
 * @param options the index options ({@code WITH OPTIONS})
 */
public record IndexModel(String name, IndexTarget target, String using, Map<String, String> options) {
  public IndexModel {
    options = Map.copyOf(options);
  }
}
