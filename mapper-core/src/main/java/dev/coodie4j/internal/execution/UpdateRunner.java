package dev.coodie4j.internal.execution;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.coodie4j.CoodieException;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.internal.check.ErrorLabel;
import dev.coodie4j.internal.check.QuerySpec.Clause;
import dev.coodie4j.internal.check.QuerySpec.Operator;
import dev.coodie4j.internal.check.QuerySpec.Restriction;
import dev.coodie4j.internal.check.QuerySpec;
import dev.coodie4j.internal.check.UpdateSpec.Assignment;
import dev.coodie4j.internal.check.UpdateSpec.Condition;
import dev.coodie4j.internal.check.UpdateSpec.Kind;
import dev.coodie4j.internal.check.UpdateSpec;
import dev.coodie4j.internal.render.CqlRenderer;
import dev.coodie4j.internal.render.Names;
import dev.coodie4j.schema.ColumnKind;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.spi.ExecutionOptions;
import dev.coodie4j.spi.StatementSpec;
import dev.coodie4j.table.LwtResult;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Runs UPDATEs and bulk DELETEs of one table; each shape is rendered and prepared once. */
public final class UpdateRunner<T> {
  private record Change(int column, Kind kind, Object field) {}

  private record Shape(List<Clause> where, List<Change> assignments, List<Clause> conditions, boolean ifExists,
      boolean ttl, boolean timestamp, boolean delete) {}

  private static final java.util.Set<Operator> RANGES =
      java.util.EnumSet.of(Operator.GT, Operator.GTE, Operator.LT, Operator.LTE);

  private final TableOperations<T> operations;
  private final EntityModel<T> model;
  private final String table;
  private final Cache<Shape, StatementSpec> compiled = Caffeine.newBuilder().maximumSize(1_000).build();

  UpdateRunner(TableOperations<T> operations, EntityModel<T> model, String table) {
    this.operations = operations;
    this.model = model;
    this.table = table;
  }

  public EntityModel<T> model() {
    return model;
  }

  /** The driver the statements run on. */
  public dev.coodie4j.spi.CqlDriver driver() {
    return operations.driver();
  }

  /** Runs the update; an unconditional one is always applied. */
  public CompletionStage<LwtResult<T>> update(UpdateSpec update, WriteOptions options) {
    return operations.execute(write(update, options)).thenApply(operations::lwtResult);
  }

  /** The UPDATE, not sent yet. */
  public Write write(UpdateSpec update, WriteOptions options) {
    operations.requireWritable(update.delete() ? "delete" : "update");
    if (update.assignments().isEmpty() && !update.delete()) {
      throw new CoodieException(label(" update") + " sets nothing: add set(...), append(...), increment(...) or another "
          + "change");
    }
    requireKey(update.where(), true, " update");
    operations.checkOptions(options, update.conditional(), "update");
    operations.validateAssignments(update);
    if (update.delete()) {
      TableOperations.refuseTtlOnDelete(options, ErrorLabel.method(model.entityClass(), "delete"));
    }
    if (model.isCounterTable() && options.ttlSeconds().isPresent()) {
      throw new CoodieException(label(" update") + ": counters cannot have a TTL; remove withTtl from the options");
    }
    boolean ttl = options.ttlSeconds().isPresent();
    boolean timestamp = options.timestampMicros().isPresent();
    List<Assignment> assignments = update.assignments();
    Change[] changes = new Change[assignments.size()];
    boolean idempotent = !update.conditional();
    for (int i = 0; i < changes.length; i++) {
      Assignment a = assignments.get(i);
      changes[i] = new Change(a.column(), a.kind(), a.kind() == Kind.SET_FIELD ? a.element() : null);
      idempotent &= idempotent(a);
    }
    List<Condition> conditions = update.conditions();
    Clause[] conditionClauses = new Clause[conditions.size()];
    for (int i = 0; i < conditionClauses.length; i++) {
      conditionClauses[i] = new Clause(conditions.get(i).column(), conditions.get(i).operator());
    }
    Shape shape = new Shape(QuerySpec.clauses(update.where()), List.of(changes), List.of(conditionClauses), update.ifExists(), ttl,
        timestamp, update.delete());
    boolean shapeIdempotent = idempotent;
    StatementSpec spec = compiled.get(shape, s -> render(s, shapeIdempotent));
    return new Write(operations, spec, options, binding -> {
      int index = 0;
      if (update.delete()) {
        // DELETE "l"[?] FROM t USING TIMESTAMP ? WHERE ...: element markers come first
        for (Assignment assignment : update.assignments()) {
          if (assignment.kind() == Kind.SET_ELEMENT) {
            binding.set(index++, assignment.element());
          }
        }
      }
      if (ttl) {
        binding.setInt(index++, options.ttlSeconds().getAsInt());
      }
      if (timestamp) {
        binding.setLong(index++, options.timestampMicros().getAsLong());
      }
      for (Assignment assignment : update.delete() ? List.<Assignment>of() : update.assignments()) {
        if (assignment.kind() == Kind.SET_ELEMENT) {
          binding.set(index++, assignment.element());
        }
        if (assignment.value() == null) {
          binding.setNull(index++);
        } else if (assignment.kind() == Kind.INCREMENT) {
          binding.setLong(index++, (Long) assignment.value());
        } else {
          binding.set(index++, assignment.value());
        }
      }
      for (Restriction restriction : update.where()) {
        binding.set(index++, restriction.value());
      }
      for (Condition condition : update.conditions()) {
        if (condition.value() == null) {
          binding.setNull(index++);
        } else {
          binding.set(index++, condition.value());
        }
      }
    }, update.conditional(), model.isCounterTable());
  }

  /** {@code DELETE FROM ... WHERE <restrictions>}: a whole partition, a clustering range, or rows by key. */
  public CompletionStage<Void> delete(QuerySpec query, WriteOptions options) {
    operations.requireWritable("delete");
    if (query.limit() != null || query.perPartitionLimit() != null || !query.orderBy().isEmpty() || query.distinct()
        || query.selected() != null || query.allowFiltering()) {
      throw new CoodieException(label(" bulk delete") + ": a delete takes only where conditions on the primary key, not limits, "
          + "ordering, projections or allowFiltering");
    }
    requireKey(query.where(), false, " bulk delete");
    TableOperations.refuseTtlOnDelete(options, ErrorLabel.method(model.entityClass(), "delete"));
    operations.checkOptions(options, false, "delete");
    boolean timestamp = options.timestampMicros().isPresent();
    Shape shape = new Shape(QuerySpec.clauses(query.where()), List.of(), List.of(), false, false, timestamp, true);
    StatementSpec spec = compiled.get(shape, s -> render(s, true));
    return operations.execute(spec, ExecutionOptions.of(options), binding -> {
      int index = 0;
      if (timestamp) {
        binding.setLong(index++, options.timestampMicros().getAsLong());
      }
      for (Restriction restriction : query.where()) {
        binding.set(index++, restriction.value());
      }
    }).thenApply(page -> null);
  }

  private static boolean idempotent(Assignment assignment) {
    // appending to a set or merging into a map is idempotent; appending to a list is not
    return assignment.kind().idempotent
        || assignment.kind() == Kind.APPEND && !(assignment.value() instanceof List<?>);
  }

  /**
   * An update must name whole rows: every primary key column with = or IN. A delete needs the whole partition key
   * with = or IN, and may narrow the clustering columns with = , IN or a range.
   */
  private void requireKey(List<Restriction> where, boolean wholeRows, String operation) {
    List<ColumnModel> columns = model.columns();
    for (Restriction restriction : where) {
      if (restriction.column() == QuerySpec.TOKEN) {
        throw new CoodieException(label(operation) + ": a token range cannot name rows to change; restrict the primary key");
      }
      ColumnModel column = columns.get(restriction.column());
      boolean keyOperator = restriction.operator() == Operator.EQ || restriction.operator() == Operator.IN;
      boolean rangeOnClustering = !wholeRows && column.kind() == ColumnKind.CLUSTERING
          && RANGES.contains(restriction.operator());
      if (!column.kind().isPrimaryKey() || !(keyOperator || rangeOnClustering)) {
        throw new CoodieException(label(operation) + ": where '" + column.property() + "' " + restriction.operator()
            + " is not allowed; restrict the primary key with eq or in" + (wholeRows ? "" : ", or a clustering range"));
      }
    }
    int required = wholeRows ? model.primaryKey().size() : model.partitionKey().size();
    long restricted = 0; // key columns come first in the model: one bit per restricted key column
    for (Restriction restriction : where) {
      if (restriction.column() < required) {
        restricted |= 1L << restriction.column();
      }
    }
    if (Long.bitCount(restricted) < required) {
      List<String> missing = columns.subList(0, required).stream()
          .filter(c -> where.stream().noneMatch(r -> columns.get(r.column()).equals(c)))
          .map(ColumnModel::property)
          .toList();
      throw new CoodieException(label(operation) + " needs the " + (wholeRows ? "full primary key" : "full partition key")
          + "; missing " + missing + ". Cassandra cannot " + (wholeRows ? "update" : "delete") + " rows found by a scan");
    }
  }

  /** The entity and operation, for error messages only. */
  private String label(String operation) {
    return model.entityClass().getSimpleName() + operation;
  }

  private StatementSpec render(Shape shape, boolean idempotent) {
    List<ColumnModel> columns = model.columns();
    List<Type> variables = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    if (shape.delete()) {
      // DELETE "l"[?] FROM t USING TIMESTAMP ? WHERE ...: element markers come first
      for (Change change : shape.assignments()) {
        ColumnModel column = columns.get(change.column());
        if (change.kind() == Kind.SET_ELEMENT) {
          variables.add(elementKeyType(column));
          targets.add(Names.quote(column.name()) + "[?]");
        } else {
          targets.add(Names.quote(column.name()));
        }
      }
    }
    if (shape.ttl()) {
      variables.add(Integer.class);
    }
    if (shape.timestamp()) {
      variables.add(Long.class);
    }
    if (!shape.delete()) {
      for (Change change : shape.assignments()) {
        ColumnModel column = columns.get(change.column());
        String name = Names.quote(column.name());
        if (change.kind() == Kind.SET_ELEMENT) {
          variables.add(elementKeyType(column));
        }
        variables.add(UpdateSpec.valueType(column, change.kind(), change.field()));
        targets.add(switch (change.kind()) {
          case SET -> name + " = ?";
          case APPEND, INCREMENT -> name + " = " + name + " + ?";
          case PREPEND -> name + " = ? + " + name;
          case REMOVE -> name + " = " + name + " - ?";
          case SET_ELEMENT -> name + "[?] = ?";
          case SET_FIELD -> name + "." + Names.quote(String.valueOf(change.field())) + " = ?";
        });
      }
    }
    List<String> where = new ArrayList<>();
    for (Clause clause : shape.where()) {
      ColumnModel column = columns.get(clause.column());
      variables.add(QuerySpec.variableType(column, clause.operator()));
      where.add(CqlRenderer.relation(Names.quote(column.name()), clause.operator().cql));
    }
    List<String> conditions = new ArrayList<>();
    if (!shape.ifExists()) {
      for (Clause clause : shape.conditions()) {
        ColumnModel column = columns.get(clause.column());
        variables.add(QuerySpec.variableType(column, clause.operator()));
        conditions.add(CqlRenderer.relation(Names.quote(column.name()), clause.operator().cql));
      }
    }
    CqlRenderer.Change change = new CqlRenderer.Change(table, targets, shape.ttl(), shape.timestamp(), where,
        shape.ifExists(), conditions);
    String cql = shape.delete() ? CqlRenderer.delete(change) : CqlRenderer.update(change);
    return new StatementSpec(cql, variables, List.of(), idempotent);
  }

  /** The type bound inside {@code column[?]}: a list index, or a map key. */
  private static Type elementKeyType(ColumnModel column) {
    return ((dev.coodie4j.schema.CollectionType) column.type()).kind() == dev.coodie4j.schema.CollectionType.Kind.LIST
        ? Integer.class : UpdateSpec.elementType(column, 0);
  }
}
