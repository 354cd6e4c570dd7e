package dev.coodie4j.internal.render;

import static dev.coodie4j.internal.render.Names.quote;

import dev.coodie4j.annotation.ClusteringOrder;
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

  /** {@code SELECT columns FROM table WHERE "k" = ? AND ...}: a read by key, rendered as the equal query is. */
  public static String select(String table, List<ColumnModel> columns, List<ColumnModel> where) {
    return select(new Select(false, names(columns), table,
        where.stream().map(c -> relation(quote(c.name()), "=")).toList(), List.of(), null, List.of(), false, false,
        false));
  }

  /**
   * The parts of a SELECT, already rendered where they are fragments.
   *
   * @param selection the select list, such as {@code "a","b"} or {@code COUNT(*)}
   * @param where relations, each from {@link #relation}
   * @param groupBy column names
   * @param annOf the vector column of {@code ORDER BY c ANN OF ?}, or null
   * @param orderBy orderings such as {@code "c" DESC}
   */
  public record Select(boolean distinct, String selection, String table, List<String> where, List<String> groupBy,
      String annOf, List<String> orderBy, boolean perPartitionLimit, boolean limit, boolean allowFiltering) {}

  /** {@code SELECT [DISTINCT] ... FROM ... [WHERE ...] [GROUP BY ...] [ORDER BY ...] [PER PARTITION LIMIT ?] [LIMIT ?]}. */
  public static String select(Select select) {
    StringBuilder cql = new StringBuilder("SELECT ").append(select.distinct() ? "DISTINCT " : "")
        .append(select.selection()).append(" FROM ").append(select.table());
    if (!select.where().isEmpty()) {
      cql.append(" WHERE ").append(String.join(" AND ", select.where()));
    }
    if (!select.groupBy().isEmpty()) {
      cql.append(" GROUP BY ").append(select.groupBy().stream().map(Names::quote).collect(Collectors.joining(",")));
    }
    if (select.annOf() != null) {
      cql.append(" ORDER BY ").append(quote(select.annOf())).append(" ANN OF ?");
    }
    if (!select.orderBy().isEmpty()) {
      cql.append(" ORDER BY ").append(String.join(", ", select.orderBy()));
    }
    cql.append(select.perPartitionLimit() ? " PER PARTITION LIMIT ?" : "").append(select.limit() ? " LIMIT ?" : "")
        .append(select.allowFiltering() ? " ALLOW FILTERING" : "");
    return cql.toString();
  }

  /** {@code FUNCTION("column")}. */
  public static String call(String function, String column) {
    return function + '(' + quote(column) + ')';
  }

  /** {@code token("a","b")} of a partition key. */
  public static String token(List<ColumnModel> partitionKey) {
    return "token(" + names(partitionKey) + ")";
  }

  /** {@code DELETE FROM ... [USING TIMESTAMP ?] WHERE ... [IF EXISTS]}: the timestamp is bound first. */
  public static String delete(String table, List<ColumnModel> where, boolean ifExists, boolean timestamp) {
    return delete(new Change(table, List.of(), false, timestamp,
        where.stream().map(c -> relation(quote(c.name()), "=")).toList(), ifExists, List.of()));
  }

  /**
   * The parts of an UPDATE or DELETE, rendered where they are fragments.
   *
   * @param targets the assignments of an UPDATE ({@code "a" = ?}), or the columns and elements a DELETE removes
   *     (none for whole rows)
   * @param where relations, each from {@link #relation}
   * @param conditions IF relations; ignored when {@code ifExists}
   */
  public record Change(String table, List<String> targets, boolean ttl, boolean timestamp, List<String> where,
      boolean ifExists, List<String> conditions) {}

  /** {@code UPDATE t [USING ...] SET ... WHERE ... [IF EXISTS | IF ...]}. */
  public static String update(Change update) {
    return "UPDATE " + update.table() + using(update.ttl(), update.timestamp()) + " SET "
        + String.join(", ", update.targets()) + whereAndIf(update);
  }

  /** {@code DELETE [targets] FROM t [USING TIMESTAMP ?] WHERE ... [IF EXISTS | IF ...]}. */
  public static String delete(Change delete) {
    return "DELETE " + (delete.targets().isEmpty() ? "" : String.join(", ", delete.targets()) + " ") + "FROM "
        + delete.table() + using(false, delete.timestamp()) + whereAndIf(delete);
  }

  private static String whereAndIf(Change change) {
    return " WHERE " + String.join(" AND ", change.where()) + (change.ifExists() ? " IF EXISTS"
        : change.conditions().isEmpty() ? "" : " IF " + String.join(" AND ", change.conditions()));
  }

  /** {@code USING TTL ? [AND TIMESTAMP ?]}, {@code USING TIMESTAMP ?} or nothing. */
  static String using(boolean ttl, boolean timestamp) {
    if (ttl && timestamp) {
      return " USING TTL ? AND TIMESTAMP ?";
    }
    return ttl ? " USING TTL ?" : timestamp ? " USING TIMESTAMP ?" : "";
  }

  /** {@code lhs operator ?}: every WHERE and IF relation of every statement is written so. */
  public static String relation(String lhs, String operator) {
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
  public static String createType(String keyspace, String name, List<String> fields) {
    return "CREATE TYPE IF NOT EXISTS " + qualified(keyspace, name) + " (" + String.join(", ", fields) + ")";
  }

  /** {@code ALTER TYPE ks.name ADD "field" type}. */
  public static String alterTypeAdd(String qualifiedType, String field, String type) {
    return "ALTER TYPE " + qualifiedType + " ADD " + quote(field) + " " + type;
  }

  /**
   * {@code CREATE TABLE ks.name (...) WITH ...}, without {@code IF NOT EXISTS}: sync plans it only for a table it
   * believes absent, and a table created meanwhile by another client must be refused, read and evolved, not passed
   * over with a definition that may differ from the entity's.
   */
  public static String createTable(String table, EntityModel<?> model) {
    StringBuilder cql = new StringBuilder("CREATE TABLE ").append(table).append(" (");
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

  public static String names(List<ColumnModel> columns) {
    return columns.stream().map(c -> quote(c.name())).collect(Collectors.joining(","));
  }

}
