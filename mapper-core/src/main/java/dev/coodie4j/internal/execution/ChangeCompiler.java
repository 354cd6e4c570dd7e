package dev.coodie4j.internal.execution;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.internal.check.QuerySpec.Clause;
import dev.coodie4j.internal.check.QuerySpec.Restriction;
import dev.coodie4j.internal.check.QuerySpec;
import dev.coodie4j.internal.check.UpdateSpec.Assignment;
import dev.coodie4j.internal.check.UpdateSpec.Condition;
import dev.coodie4j.internal.check.UpdateSpec.Kind;
import dev.coodie4j.internal.check.UpdateSpec;
import dev.coodie4j.internal.metadata.EntityMapping;
import dev.coodie4j.internal.render.CqlRenderer;
import dev.coodie4j.internal.render.Names;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.spi.StatementSpec;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles the shape of an UPDATE or a DELETE (columns changed or deleted, relations, conditions, options; everything
 * but values) into a statement spec once per shape, and binds a call's values to it.
 */
final class ChangeCompiler<T> {
  private record Change(int column, Kind kind, Object field) {}

  private record Shape(List<Clause> where, List<Change> assignments, List<Clause> conditions, boolean ifExists,
      boolean ttl, boolean timestamp, boolean delete) {}

  private final TableOperations<T> operations;
  private final EntityMapping<T> mapping;
  private final EntityModel<T> model;
  private final String table;
  private static final int DELETE = 1;
  private static final int IF_EXISTS = 2;
  private static final int TTL = 4;
  private static final int TIMESTAMP = 8;
  private static final int BULK_DELETE = 16;

  private final Cache<ShapeKey, CompiledStatement> compiled = Caffeine.newBuilder().maximumSize(1_000).build();
  /** The shape compiled or found last, with its codes: immutable, so a racy read sees a whole pair or the one before. */
  private record Last(int[] codes, CompiledStatement statement) {}
  private volatile Last last;

  ChangeCompiler(TableOperations<T> operations, EntityMapping<T> mapping, String table) {
    this.operations = operations;
    this.mapping = mapping;
    this.model = mapping.model();
    this.table = table;
  }

  /** The statement of a checked update or delete, with its values, not sent yet. */
  Write write(UpdateSpec update, WriteOptions options) {
    boolean ttl = options.ttlSeconds().isPresent();
    boolean timestamp = options.timestampMicros().isPresent();
    CompiledStatement spec = compiled(update, ttl, timestamp);
    return new Write(operations, spec, options, update, CHANGE, update.conditional(), model.isCounterTable());
  }

  /** Binds an update or a delete of columns to its shape's statement, whose TTL and timestamp are the options'. */
  private static final Write.ValueBinder CHANGE = (values, options, binding) -> {
    UpdateSpec update = (UpdateSpec) values;
    int index = 0;
    if (update.delete()) {
      // DELETE "l"[?] FROM t USING TIMESTAMP ? WHERE ...: element markers come first
      for (Assignment assignment : update.assignments()) {
        if (assignment.kind() == Kind.SET_ELEMENT) {
          binding.set(index++, assignment.element());
        }
      }
    }
    if (options.ttlSeconds().isPresent()) {
      binding.setInt(index++, options.ttlSeconds().getAsInt());
    }
    if (options.timestampMicros().isPresent()) {
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
  };

  /** {@code DELETE FROM ... [USING TIMESTAMP ?] WHERE <restrictions>}, the shape of a bulk delete. */
  CompiledStatement bulkDelete(QuerySpec query, boolean timestamp) {
    List<Restriction> where = query.where();
    int[] codes = new int[2 + 2 * where.size()];
    codes[0] = BULK_DELETE | (timestamp ? TIMESTAMP : 0);
    codes[1] = where.size();
    for (int i = 0; i < where.size(); i++) {
      codes[2 + 2 * i] = where.get(i).column();
      codes[3 + 2 * i] = where.get(i).operator().ordinal();
    }
    ShapeKey key = new ShapeKey(codes, null);
    CompiledStatement spec = compiled.getIfPresent(key);
    return spec != null ? spec : compiled.get(key, k -> new CompiledStatement(render(
        new Shape(QuerySpec.clauses(where), List.of(), List.of(), false, false, timestamp, true), true)));
  }

  /**
   * The statement of a write's shape: the one compiled last when the codes are the same (a table updated the same way
   * over and over: no key object, no hashing, no cache lookup), else the cache's.
   */
  private CompiledStatement compiled(UpdateSpec update, boolean ttl, boolean timestamp) {
    Last memo = last;
    // a remembered shape has no UDT field names, so equal codes (kinds included) mean none here either
    if (memo != null && codes(update, ttl, timestamp, memo.codes(), true)) {
      return memo.statement();
    }
    List<Restriction> where = update.where();
    int[] codes = new int[4 + 2 * (where.size() + update.assignments().size() + update.conditions().size())];
    codes(update, ttl, timestamp, codes, false);
    Object fields = fields(update);
    ShapeKey key = new ShapeKey(codes, fields);
    CompiledStatement spec = compiled.getIfPresent(key);
    if (spec == null) {
      spec = compiled.get(key, k -> new CompiledStatement(render(shape(update, ttl, timestamp), idempotent(update))));
    }
    if (fields == null) {
      last = new Last(codes, spec);
    }
    return spec;
  }

  /**
   * The codes of a write's shape: flags, then the restrictions' columns and operators, the changes' columns and kinds,
   * the conditions' columns and operators, each list after its length. UDT field names are {@link #fields}. Writes
   * them into {@code codes}, or with {@code compare} tells whether {@code codes} holds them already (the remembered
   * shape, matched without allocating): one walk for both, so the memo and the cache key cannot disagree.
   */
  private static boolean codes(UpdateSpec update, boolean ttl, boolean timestamp, int[] codes, boolean compare) {
    List<Restriction> where = update.where();
    List<Assignment> assignments = update.assignments();
    List<Condition> conditions = update.conditions();
    if (codes.length != 4 + 2 * (where.size() + assignments.size() + conditions.size())) {
      return false;
    }
    int at = code(codes, 0, (update.delete() ? DELETE : 0) | (update.ifExists() ? IF_EXISTS : 0) | (ttl ? TTL : 0)
        | (timestamp ? TIMESTAMP : 0), compare);
    at = code(codes, at, where.size(), compare);
    for (int i = 0; i < where.size(); i++) {
      at = code(codes, at, where.get(i).column(), compare);
      at = code(codes, at, where.get(i).operator().ordinal(), compare);
    }
    at = code(codes, at, assignments.size(), compare);
    for (int i = 0; i < assignments.size(); i++) {
      at = code(codes, at, assignments.get(i).column(), compare);
      at = code(codes, at, assignments.get(i).kind().ordinal(), compare);
    }
    at = code(codes, at, conditions.size(), compare);
    for (int i = 0; i < conditions.size(); i++) {
      at = code(codes, at, conditions.get(i).column(), compare);
      at = code(codes, at, conditions.get(i).operator().ordinal(), compare);
    }
    return at >= 0;
  }

  /** Writes or compares one code at {@code at}; the next position, or -1 once a comparison failed. */
  private static int code(int[] codes, int at, int value, boolean compare) {
    if (at < 0) {
      return -1;
    }
    if (!compare) {
      codes[at] = value;
    } else if (codes[at] != value) {
      return -1;
    }
    return at + 1;
  }

  /** The UDT field names a write's SET_FIELD changes name, by position among its changes; null when none does. */
  private static Object fields(UpdateSpec update) {
    List<Assignment> assignments = update.assignments();
    Object[] fields = null;
    for (int i = 0; i < assignments.size(); i++) {
      if (assignments.get(i).kind() == Kind.SET_FIELD) {
        if (fields == null) {
          fields = new Object[assignments.size()];
        }
        fields[i] = assignments.get(i).element();
      }
    }
    return fields == null ? null : java.util.Arrays.asList(fields);
  }

  /** The shape a key stands for, built only when it is first compiled. */
  private static Shape shape(UpdateSpec update, boolean ttl, boolean timestamp) {
    List<Assignment> assignments = update.assignments();
    Change[] changes = new Change[assignments.size()];
    for (int i = 0; i < changes.length; i++) {
      Assignment a = assignments.get(i);
      changes[i] = new Change(a.column(), a.kind(), a.kind() == Kind.SET_FIELD ? a.element() : null);
    }
    List<Condition> conditions = update.conditions();
    Clause[] conditionClauses = new Clause[conditions.size()];
    for (int i = 0; i < conditionClauses.length; i++) {
      conditionClauses[i] = new Clause(conditions.get(i).column(), conditions.get(i).operator());
    }
    return new Shape(QuerySpec.clauses(update.where()), List.of(changes), List.of(conditionClauses), update.ifExists(),
        ttl, timestamp, update.delete());
  }

  private static boolean idempotent(UpdateSpec update) {
    boolean idempotent = !update.conditional();
    for (Assignment assignment : update.assignments()) {
      idempotent &= idempotent(assignment);
    }
    return idempotent;
  }

  private static boolean idempotent(Assignment assignment) {
    // appending to a set or merging into a map is idempotent; appending to a list is not
    return assignment.kind().idempotent
        || assignment.kind() == Kind.APPEND && !(assignment.value() instanceof List<?>);
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
          variables.add(elementKeyType(column, mapping.bindingType(change.column())));
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
          variables.add(elementKeyType(column, mapping.bindingType(change.column())));
        }
        variables.add(UpdateSpec.valueType(column, mapping.bindingType(change.column()), change.kind(), change.field()));
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
      variables.add(QuerySpec.variableType(column, mapping.bindingType(clause.column()), clause.operator()));
      where.add(CqlRenderer.relation(Names.quote(column.name()), clause.operator().cql));
    }
    List<String> conditions = new ArrayList<>();
    if (!shape.ifExists()) {
      for (Clause clause : shape.conditions()) {
        ColumnModel column = columns.get(clause.column());
        variables.add(QuerySpec.variableType(column, mapping.bindingType(clause.column()), clause.operator()));
        conditions.add(CqlRenderer.relation(Names.quote(column.name()), clause.operator().cql));
      }
    }
    CqlRenderer.Change change = new CqlRenderer.Change(table, targets, shape.ttl(), shape.timestamp(), where,
        shape.ifExists(), conditions);
    String cql = shape.delete() ? CqlRenderer.delete(change) : CqlRenderer.update(change);
    return new StatementSpec(cql, variables, List.of(), idempotent);
  }

  /** The type bound inside {@code column[?]}: a list index, or a map key. */
  private static Type elementKeyType(ColumnModel column, Type binding) {
    return ((dev.coodie4j.schema.CollectionType) column.type()).kind() == dev.coodie4j.schema.CollectionType.Kind.LIST
        ? Integer.class : UpdateSpec.elementType(binding, 0);
  }
}
