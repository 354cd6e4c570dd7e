package dev.coodie4j.internal;

import static dev.coodie4j.internal.Names.quote;

import dev.coodie4j.schema.ClusteringOrder;
import dev.coodie4j.schema.ColumnKind;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.schema.IndexModel;
import dev.coodie4j.schema.IndexTarget;
import java.util.List;
import java.util.stream.Collectors;

/** Renders CQL text. Runs when a statement shape is first needed, never per call. */
public final class CqlRenderer {
  private CqlRenderer() {}

  /** {@code "ks"."table"}, or {@code "table"} when the keyspace is null (the session's keyspace). */
  public static String qualified(String keyspace, String table) {
    return keyspace == null ? quote(table) : quote(keyspace) + '.' + quote(table);
  }

  /** {@code INSERT ... [IF NOT EXISTS] [USING TTL ? [AND TIMESTAMP ?]]}: TTL and timestamp are bound after the columns. */
  public static String insert(String table, List<ColumnModel> columns, boolean ifNotExists, boolean ttl, boolean timestamp) {
    return "INSERT INTO " + table + " (" + names(columns) + ") VALUES ("
        + columns.stream().map(c -> "?").collect(Collectors.joining(",")) + ")"
        + (ifNotExists ? " IF NOT EXISTS" : "") + using(ttl, timestamp);
  }

  public static String select(String table, List<ColumnModel> columns, List<ColumnModel> where) {
    return "SELECT " + names(columns) + " FROM " + table + where(where);
  }

  /** {@code DELETE FROM ... [USING TIMESTAMP ?] WHERE ... [IF EXISTS]}: the timestamp is bound first. */
  public static String delete(String table, List<ColumnModel> where, boolean ifExists, boolean timestamp) {
    return "DELETE FROM " + table + using(false, timestamp) + where(where) + (ifExists ? " IF EXISTS" : "");
  }

  /** {@code USING TTL ? [AND TIMESTAMP ?]}, {@code USING TIMESTAMP ?} or nothing. */
  static String using(boolean ttl, boolean timestamp) {
    if (ttl && timestamp) {
      return " USING TTL ? AND TIMESTAMP ?";
    }
    return ttl ? " USING TTL ?" : timestamp ? " USING TIMESTAMP ?" : "";
  }

  /** {@code lhs operator ?}: every WHERE and IF relation of every statement is written so. */
  static String relation(String lhs, String operator) {
    return lhs + ' ' + operator + " ?";
  }

  /** {@code CREATE KEYSPACE IF NOT EXISTS "ks" WITH replication = {...} AND durable_writes = b}. */
  public static String createKeyspace(String keyspace, java.util.Map<String, String> replication, boolean durableWrites) {
    return "CREATE KEYSPACE IF NOT EXISTS " + quote(keyspace) + " WITH replication = " + replication.entrySet().stream()
        .map(e -> text(e.getKey()) + ": " + text(e.getValue()))
        .collect(Collectors.joining(", ", "{", "}")) + " AND durable_writes = " + durableWrites;
  }

  public static String dropKeyspace(String keyspace) {
    return "DROP KEYSPACE IF EXISTS " + quote(keyspace);
  }

  /** {@code CREATE TYPE IF NOT EXISTS ks.name (field type, ...)}; fields are rendered definitions. */
  static String createType(String keyspace, String name, List<String> fields) {
    return "CREATE TYPE IF NOT EXISTS " + qualified(keyspace, name) + " (" + String.join(", ", fields) + ")";
  }

  /** {@code ALTER TYPE ks.name ADD "field" type}. */
  static String alterTypeAdd(String qualifiedType, String field, String type) {
    return "ALTER TYPE " + qualifiedType + " ADD " + quote(field) + " " + type;
  }

  public static String createTable(String table, EntityModel<?> model) {
    StringBuilder cql = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(table).append(" (");
    for (ColumnModel column : model.columns()) {
      cql.append(columnDefinition(column)).append(", ");
    }
    return cql.append(primaryKey(model)).append(')').append(with(model)).toString();
  }

  /** {@code CREATE MATERIALIZED VIEW IF NOT EXISTS ... AS SELECT ... FROM base WHERE key IS NOT NULL ...}. */
  public static String createView(String view, String base, EntityModel<?> model) {
    return "CREATE MATERIALIZED VIEW IF NOT EXISTS " + view + " AS SELECT " + names(model.columns()) + " FROM " + base
        + " WHERE " + model.primaryKey().stream().map(c -> quote(c.name()) + " IS NOT NULL")
        .collect(Collectors.joining(" AND ")) + " " + primaryKey(model) + with(model);
  }

  private static String primaryKey(EntityModel<?> model) {
    String partitionKey = names(model.partitionKey());
    StringBuilder cql = new StringBuilder("PRIMARY KEY (")
        .append(model.partitionKey().size() > 1 ? "(" + partitionKey + ")" : partitionKey);
    for (ColumnModel column : model.clusteringKey()) {
      cql.append(", ").append(quote(column.name()));
    }
    return cql.append(')').toString();
  }

  /** {@code WITH CLUSTERING ORDER BY (...) AND option = value ...}, or nothing. */
  private static String with(EntityModel<?> model) {
    List<String> with = new java.util.ArrayList<>();
    if (!model.clusteringKey().isEmpty()) {
      with.add("CLUSTERING ORDER BY (" + model.clusteringKey().stream()
          .map(c -> quote(c.name()) + (c.order() == ClusteringOrder.DESC ? " DESC" : " ASC"))
          .collect(Collectors.joining(", ")) + ")");
    }
    model.tableOptions().forEach((name, value) -> with.add(name + " = " + literal(value)));
    return with.isEmpty() ? "" : " WITH " + String.join(" AND ", with);
  }

  /** {@code ALTER TABLE ... WITH a = 1 AND b = {...}}. */
  public static String alterOptions(String table, java.util.Map<String, Object> options) {
    return "ALTER TABLE " + table + " WITH " + options.entrySet().stream()
        .map(e -> e.getKey() + " = " + literal(e.getValue()))
        .collect(Collectors.joining(" AND "));
  }

  /** A table option value as a CQL literal. */
  static String literal(Object value) {
    if (value instanceof java.util.Map<?, ?> map) {
      return map.entrySet().stream()
          .map(e -> text(String.valueOf(e.getKey())) + ": " + text(String.valueOf(e.getValue())))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    return value instanceof String s ? text(s) : String.valueOf(value);
  }

  private static String text(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  public static String addColumn(String table, ColumnModel column) {
    return "ALTER TABLE " + table + " ADD " + columnDefinition(column);
  }

  public static String createIndex(String keyspace, String table, ColumnModel column) {
    IndexModel index = column.index().orElseThrow();
    boolean custom = index.using().contains(".");
    String target = index.target() == IndexTarget.COLUMN
        ? quote(column.name())
        : index.target().name() + "(" + quote(column.name()) + ")";
    StringBuilder cql = new StringBuilder("CREATE ").append(custom ? "CUSTOM " : "").append("INDEX IF NOT EXISTS ")
        .append(quote(index.name())).append(" ON ").append(qualified(keyspace, table)).append(" (").append(target)
        .append(')');
    if (!index.using().isEmpty()) {
      cql.append(" USING '").append(index.using().replace("'", "''")).append('\'');
    }
    if (!index.options().isEmpty()) {
      cql.append(" WITH OPTIONS = ").append(index.options().entrySet().stream()
          .sorted(java.util.Map.Entry.comparingByKey())
          .map(e -> "'" + e.getKey().replace("'", "''") + "': '" + e.getValue().replace("'", "''") + "'")
          .collect(Collectors.joining(", ", "{", "}")));
    }
    return cql.toString();
  }

  public static String dropIndex(String keyspace, String index) {
    return "DROP INDEX IF EXISTS " + qualified(keyspace, index);
  }

  private static String columnDefinition(ColumnModel column) {
    return quote(column.name()) + ' ' + column.type().cql() + (column.kind() == ColumnKind.STATIC ? " static" : "");
  }

  private static String names(List<ColumnModel> columns) {
    return columns.stream().map(c -> quote(c.name())).collect(Collectors.joining(","));
  }

  private static String where(List<ColumnModel> columns) {
    return columns.isEmpty() ? "" : " WHERE " + columns.stream()
        .map(c -> relation(quote(c.name()), "="))
        .collect(Collectors.joining(" AND "));
  }
}
