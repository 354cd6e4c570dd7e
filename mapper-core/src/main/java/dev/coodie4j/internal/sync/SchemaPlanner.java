package dev.coodie4j.internal.sync;

import dev.coodie4j.SchemaMismatchException;
import dev.coodie4j.internal.metadata.UserTypes;
import dev.coodie4j.internal.render.CqlRenderer;
import dev.coodie4j.schema.ColumnKind;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.schema.UdtType;
import dev.coodie4j.spi.LiveUserType;
import dev.coodie4j.spi.TableSchema.LiveColumn;
import dev.coodie4j.spi.TableSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares an entity with its live table and lists the CQL that makes the table fit: create it, add missing columns,
 * create missing indexes. Refuses what cannot be altered in place (primary key, column types).
 */
public final class SchemaPlanner {
  /**
   * The statements to run, the live columns the entity does not map, the differences sync must not fix
   * ({@code problems}) and, in words, what the statements would add ({@code missing}).
   */
  public record Plan(List<String> statements, List<String> unmappedColumns, List<String> problems,
      List<String> missing) {}

  private SchemaPlanner() {}

  /** The plan of {@code sync} for an entity without user types; refuses a table it must not change. */
  public static Plan plan(EntityModel<?> model, String keyspace, Optional<TableSchema> live) {
    return plan(model, keyspace, live, java.util.Map.of(), false);
  }

  /**
   * The plan of {@code sync}, user types included, optionally dropping live indexes the entity does not declare;
   * refuses, listing every problem, a schema it must not change.
   */
  public static Plan plan(EntityModel<?> model, String keyspace, Optional<TableSchema> live,
      java.util.Map<String, LiveUserType> liveTypes, boolean dropIndexes) {
    Plan plan = compare(model, keyspace, live, liveTypes);
    if (dropIndexes && live.isPresent()) {
      Set<String> declared = model.columns().stream().flatMap(c -> c.index().stream()).map(i -> i.name())
          .collect(java.util.stream.Collectors.toSet());
      List<String> statements = new ArrayList<>(plan.statements());
      live.get().indexNames().stream().filter(name -> !declared.contains(name)).sorted()
          .forEach(name -> statements.add(CqlRenderer.dropIndex(keyspace, name)));
      plan = new Plan(statements, plan.unmappedColumns(), plan.problems(), plan.missing());
    }
    if (!plan.problems().isEmpty()) {
      throw new SchemaMismatchException("table " + CqlRenderer.qualified(keyspace, model.table()) + " does not match "
          + model.entityClass().getName() + " and sync will not change it:\n  - " + String.join("\n  - ", plan.problems()));
    }
    return plan;
  }

  /** Every difference between the entity (with its user types) and the live schema, without refusing anything. */
  public static Plan compare(EntityModel<?> model, String keyspace, Optional<TableSchema> live,
      java.util.Map<String, LiveUserType> liveTypes) {
    List<String> statements = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (UdtType type : UserTypes.inCreationOrder(model.columns().stream().map(ColumnModel::type).toList())) {
      String name = CqlRenderer.qualified(keyspace, type.name());
      LiveUserType existing = liveTypes.get(type.name());
      if (existing == null) {
        statements.add(UserTypes.createType(type, keyspace));
        missing.add("user type " + name + " does not exist");
        continue;
      }
      for (UdtType.Field field : type.fields()) {
        int index = existing.fieldNames().indexOf(field.name());
        if (index < 0) {
          statements.add(CqlRenderer.alterTypeAdd(name, field.name(), field.type().cql()));
          missing.add("field \"" + field.name() + "\" (" + field.type().cql() + ") is missing from user type " + name);
        } else if (!existing.fieldTypes().get(index).equals(field.type().cql())) {
          problems.add("field \"" + field.name() + "\" of user type " + name + " is " + existing.fieldTypes().get(index)
              + " but " + field.type().cql() + " in " + model.entityClass().getSimpleName() + ": Cassandra cannot change "
              + "a field's type; add a field with another name");
        }
      }
    }
    Plan table = compare(model, keyspace, live);
    statements.addAll(table.statements());
    problems.addAll(table.problems());
    missing.addAll(table.missing());
    return new Plan(statements, table.unmappedColumns(), problems, missing);
  }

  /** Every difference between the entity and its live table, user types aside. */
  private static Plan compare(EntityModel<?> model, String keyspace, Optional<TableSchema> live) {
    String table = CqlRenderer.qualified(keyspace, model.table());
    List<String> statements = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    if (model.viewOf().isPresent()) {
      return compareView(model, keyspace, table, live);
    }
    if (live.isEmpty()) {
      statements.add(CqlRenderer.createTable(table, model));
      missing.add("table " + table + " does not exist");
      model.columns().stream()
          .filter(c -> c.index().isPresent())
          .forEach(c -> statements.add(CqlRenderer.createIndex(keyspace, model.table(), c)));
      return new Plan(statements, List.of(), List.of(), missing);
    }
    TableSchema schema = live.get();
    List<String> problems = new ArrayList<>();
    checkKey(model, schema, ColumnKind.PARTITION_KEY, "partition_key", problems);
    checkKey(model, schema, ColumnKind.CLUSTERING, "clustering", problems);
    for (ColumnModel column : model.columns()) {
      Optional<LiveColumn> liveColumn = schema.column(column.name());
      if (liveColumn.isEmpty()) {
        if (!column.kind().isPrimaryKey()) {
          statements.add(CqlRenderer.addColumn(table, column));
          missing.add("column \"" + column.name() + "\" (" + column.type().cql() + ", property '" + column.property()
              + "') is missing from " + table);
        }
        continue;
      }
      LiveColumn existing = liveColumn.get();
      if (!existing.type().equals(column.type().cql())) {
        problems.add("column \"" + column.name() + "\" (property '" + column.property() + "') is " + existing.type()
            + " in the table but " + column.type().cql() + " in the entity: Cassandra cannot change a column's type; "
            + "map the property to a new column with @Column, or change the property back");
      } else if (!column.kind().isPrimaryKey() && (column.kind() == ColumnKind.STATIC) != existing.kind().equals("static")) {
        problems.add("column \"" + column.name() + "\" is " + existing.kind() + " in the table but "
            + column.kind().name().toLowerCase() + " in the entity: a column cannot change between static and regular");
      }
    }
    Set<String> liveIndexes = Set.copyOf(schema.indexNames());
    model.columns().stream()
        .filter(c -> c.index().isPresent() && !liveIndexes.contains(c.index().get().name()))
        .forEach(c -> {
          statements.add(CqlRenderer.createIndex(keyspace, model.table(), c));
          missing.add("index " + c.index().get().name() + " on \"" + c.name() + "\" is missing from " + table);
        });
    java.util.Map<String, Object> drifted = new java.util.LinkedHashMap<>();
    model.tableOptions().forEach((name, declared) -> {
      Object current = schema.options().get(name);
      if (!optionMatches(declared, current)) {
        drifted.put(name, declared);
        missing.add("table option " + name + " is " + current + " in the table but " + declared + " in the entity");
      }
    });
    if (!drifted.isEmpty()) {
      statements.add(CqlRenderer.alterOptions(table, drifted));
    }
    List<String> unmapped = schema.columns().stream()
        .map(LiveColumn::name)
        .filter(name -> model.columns().stream().noneMatch(c -> c.name().equals(name)))
        .sorted()
        .toList();
    return new Plan(statements, unmapped, problems, missing);
  }

  private static Plan compareView(EntityModel<?> model, String keyspace, String view, Optional<TableSchema> live) {
    if (live.isEmpty()) {
      String base = CqlRenderer.qualified(keyspace, model.viewBase().get().table());
      return new Plan(List.of(CqlRenderer.createView(view, base, model)), List.of(), List.of(),
          List.of("materialized view " + view + " does not exist"));
    }
    List<String> problems = new ArrayList<>();
    checkKey(model, live.get(), ColumnKind.PARTITION_KEY, "partition_key", problems);
    checkKey(model, live.get(), ColumnKind.CLUSTERING, "clustering", problems);
    for (ColumnModel column : model.columns()) {
      Optional<LiveColumn> existing = live.get().column(column.name());
      if (existing.isEmpty()) {
        problems.add("view column \"" + column.name() + "\" is missing: a materialized view cannot be altered; drop "
            + "the view and sync again");
      } else if (!existing.get().type().equals(column.type().cql())) {
        problems.add("view column \"" + column.name() + "\" is " + existing.get().type() + " but "
            + column.type().cql() + " in the entity");
      }
    }
    return new Plan(List.of(), List.of(), problems, List.of());
  }

  /** Whether a live option value satisfies the declared one; map sub-options not declared are left alone. */
  static boolean optionMatches(Object declared, Object live) {
    if (declared instanceof java.util.Map<?, ?> map) {
      if (!(live instanceof java.util.Map<?, ?> liveMap)) {
        return false;
      }
      return map.entrySet().stream().allMatch(e -> {
        String liveValue = String.valueOf(liveMap.get(e.getKey()));
        String value = String.valueOf(e.getValue());
        return liveValue.equals(value) || e.getKey().equals("class") && liveValue.endsWith("." + value);
      });
    }
    if (declared instanceof Double d) {
      return live instanceof Number n && Math.abs(n.doubleValue() - d) < 1e-9;
    }
    if (declared instanceof Integer i) {
      return live instanceof Number n && n.longValue() == i;
    }
    return declared.equals(live);
  }

  private static void checkKey(EntityModel<?> model, TableSchema schema, ColumnKind kind, String liveKind,
      List<String> problems) {
    List<ColumnModel> expected = kind == ColumnKind.PARTITION_KEY ? model.partitionKey() : model.clusteringKey();
    List<LiveColumn> actual = schema.columns().stream()
        .filter(c -> c.kind().equals(liveKind))
        .sorted(Comparator.comparingInt(LiveColumn::position))
        .toList();
    String expectedText = expected.stream()
        .map(c -> c.name() + (kind == ColumnKind.CLUSTERING ? " " + c.order() : ""))
        .collect(Collectors.joining(", ", "(", ")"));
    String actualText = actual.stream()
        .map(c -> c.name() + (kind == ColumnKind.CLUSTERING ? (c.descending() ? " DESC" : " ASC") : ""))
        .collect(Collectors.joining(", ", "(", ")"));
    if (!expectedText.equals(actualText)) {
      String what = kind == ColumnKind.PARTITION_KEY ? "partition key" : "clustering key";
      problems.add("the " + what + " is " + actualText + " in the table but " + expectedText + " in the entity: "
          + "a primary key cannot be altered; create a new table (another @Table name) and copy the data");
    }
  }
}
