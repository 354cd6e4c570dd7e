package dev.coodie4j.internal.check;

import dev.coodie4j.CoodieException;
import dev.coodie4j.internal.check.QuerySpec.Clause;
import dev.coodie4j.internal.check.QuerySpec.Operator;
import dev.coodie4j.schema.ColumnKind;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.schema.EntityModel;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What Cassandra accepts in a query's WHERE clause, known from the schema model and checked once per query shape
 * before it is prepared, so that a query the server would refuse fails with the property named and the fix.
 */
public final class QueryRules {
  private static final Set<Operator> RANGES = EnumSet.of(Operator.GT, Operator.GTE, Operator.LT, Operator.LTE);

  private QueryRules() {}

  public static void check(EntityModel<?> model, List<Clause> clauses, boolean allowFiltering) {
    if (allowFiltering) {
      return;
    }
    for (Clause clause : clauses) {
      if (clause.column() == QuerySpec.TOKEN) {
        continue;
      }
      ColumnModel column = model.columns().get(clause.column());
      if (column.kind() == ColumnKind.PARTITION_KEY && RANGES.contains(clause.operator())) {
        throw new CoodieException(model.entityClass().getSimpleName() + " query on '" + column.property() + "': "
            + "Cassandra restricts a partition key only with eq or in, since partitions are not stored in key order; "
            + "scan a range of the ring with token().gt(..).token().lte(..), or add allowFiltering() to scan every "
            + "partition");
      }
      boolean regular = column.kind() == ColumnKind.REGULAR || column.kind() == ColumnKind.STATIC;
      // LIKE is left to the server: only a SASI or SAI index answers it, often one made outside the mapper
      if (regular && column.index().isEmpty() && clause.operator() != Operator.LIKE) {
        throw new CoodieException(model.entityClass().getSimpleName() + " query on '" + column.property() + "': "
            + "column \"" + column.name() + "\" of table " + model.table() + " is neither in the primary key nor "
            + "indexed, so Cassandra can only find its rows by reading every row; add @Index to the property (and "
            + "sync), or add allowFiltering() if a scan is what you want");
      }
    }
  }
}
