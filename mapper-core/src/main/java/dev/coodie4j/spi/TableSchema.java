package dev.coodie4j.spi;

import java.util.List;
import java.util.Optional;

/**
 * A table as the server describes it.
 *
 * @param keyspace the keyspace
 * @param name the table
 * @param columns every column, in no particular order
 * @param indexNames the names of the table's secondary indexes
 * @param options the table's options by CQL name (Integer, Double, String or Map values, as the server reports them)
 */
public record TableSchema(String keyspace, String name, List<LiveColumn> columns, List<String> indexNames,
    java.util.Map<String, Object> options) {
  public TableSchema {
    columns = List.copyOf(columns);
    indexNames = List.copyOf(indexNames);
    options = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(options));
  }

  public TableSchema(String keyspace, String name, List<LiveColumn> columns, List<String> indexNames) {
    this(keyspace, name, columns, indexNames, java.util.Map.of());
  }

  public Optional<LiveColumn> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /**
   * A live column.
   *
   * @param name the exact column name
   * @param type the CQL type as the server writes it, for example {@code text} or {@code frozen<list<int>>}
   * @param kind {@code partition_key}, {@code clustering}, {@code static} or {@code regular}
   * @param position position in the partition or clustering key, -1 otherwise
   * @param descending whether a clustering column is in descending order
   */
  public record LiveColumn(String name, String type, String kind, int position, boolean descending) {}
}
