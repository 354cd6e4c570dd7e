package dev.coodie4j.schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What an entity class maps to: its table and columns. Built once per class and immutable.
 *
 * <p>Columns are ordered partition key first (by position), then clustering columns (by position), then static and
 * regular columns in declaration order.
 */
public final class EntityModel<T> {
  private final Class<T> entityClass;
  private final Optional<String> keyspace;
  private final String table;
  private final List<ColumnModel> columns;
  private final List<ColumnModel> partitionKey;
  private final List<ColumnModel> clusteringKey;
  private final List<ColumnModel> primaryKey;
  private final Map<String, ColumnModel> byProperty;
  private final Map<String, Object> tableOptions;
  private final Optional<EntityModel<?>> viewBase;
  private final boolean counterTable;

  public EntityModel(Class<T> entityClass, Optional<String> keyspace, String table, List<ColumnModel> columns) {
    this(entityClass, keyspace, table, columns, Map.of());
  }

  /**
   * A model with table options: values are Integer, Double, String or {@code Map<String, String>}, keyed by CQL option
   * name, in declaration order.
   */
  public EntityModel(Class<T> entityClass, Optional<String> keyspace, String table, List<ColumnModel> columns,
      Map<String, Object> tableOptions) {
    this(entityClass, keyspace, table, columns, tableOptions, null);
  }

  /** A model of a table, or, when {@code viewBase} is not null, of a materialized view of that entity's table. */
  public EntityModel(Class<T> entityClass, Optional<String> keyspace, String table, List<ColumnModel> columns,
      Map<String, Object> tableOptions, @Nullable EntityModel<?> viewBase) {
    this.viewBase = Optional.ofNullable(viewBase);
    this.tableOptions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tableOptions));
    this.entityClass = entityClass;
    this.keyspace = keyspace;
    this.table = table;
    this.columns = List.copyOf(columns);
    this.counterTable = this.columns.stream().anyMatch(c -> c.type() == ScalarType.COUNTER);
    this.partitionKey = ofKind(ColumnKind.PARTITION_KEY);
    this.clusteringKey = ofKind(ColumnKind.CLUSTERING);
    this.primaryKey = List.copyOf(this.columns.subList(0, partitionKey.size() + clusteringKey.size()));
    this.byProperty = this.columns.stream().collect(Collectors.toUnmodifiableMap(ColumnModel::property, Function.identity()));
  }

  private List<ColumnModel> ofKind(ColumnKind kind) {
    return columns.stream().filter(c -> c.kind() == kind).toList();
  }

  public Class<T> entityClass() {
    return entityClass;
  }

  /** The keyspace named on the entity, if any. */
  public Optional<String> keyspace() {
    return keyspace;
  }

  public String table() {
    return table;
  }

  public List<ColumnModel> columns() {
    return columns;
  }

  public List<ColumnModel> partitionKey() {
    return partitionKey;
  }

  public List<ColumnModel> clusteringKey() {
    return clusteringKey;
  }

  /** Partition key then clustering columns. */
  public List<ColumnModel> primaryKey() {
    return primaryKey;
  }

  /** For a materialized view, the entity of its base table. */
  public Optional<Class<?>> viewOf() {
    return viewBase.map(EntityModel::entityClass);
  }

  /** For a materialized view, the model of its base table. */
  public Optional<EntityModel<?>> viewBase() {
    return viewBase;
  }

  /** The table options the entity declares (CQL option name to value). */
  public Map<String, Object> tableOptions() {
    return tableOptions;
  }

  /** Whether the table's non-key columns are counters. */
  public boolean isCounterTable() {
    return counterTable;
  }

  /** The column mapped from the given Java property. */
  public Optional<ColumnModel> column(String property) {
    return Optional.ofNullable(byProperty.get(property));
  }

  @Override
  public String toString() {
    return entityClass.getName() + " -> " + table + columns.stream().map(ColumnModel::name).toList();
  }
}
