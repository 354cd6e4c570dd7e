package dev.coodie4j.internal.check;

import dev.coodie4j.CoodieException;
import dev.coodie4j.internal.check.QuerySpec.Operator;
import dev.coodie4j.internal.check.QuerySpec.Restriction;
import dev.coodie4j.schema.ColumnKind;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.schema.EntityModel;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Which rows an UPDATE or a DELETE may name: Cassandra changes rows by key, never rows found by a scan. */
public final class ChangeRules {
  private static final Set<Operator> RANGES = EnumSet.of(Operator.GT, Operator.GTE, Operator.LT, Operator.LTE);

  private ChangeRules() {}

  /**
   * An update must name whole rows: every primary key column with = or IN. A delete needs the whole partition key
   * with = or IN, and may narrow the clustering columns with = , IN or a range.
   */
  public static void requireKey(EntityModel<?> model, List<Restriction> where, boolean wholeRows, String operation) {
    List<ColumnModel> columns = model.columns();
    for (Restriction restriction : where) {
      if (restriction.column() == QuerySpec.TOKEN) {
        throw new CoodieException(model.entityClass().getSimpleName() + operation + ": a token range cannot name rows to change; restrict the primary key");
      }
      ColumnModel column = columns.get(restriction.column());
      boolean keyOperator = restriction.operator() == Operator.EQ || restriction.operator() == Operator.IN;
      boolean rangeOnClustering = !wholeRows && column.kind() == ColumnKind.CLUSTERING
          && RANGES.contains(restriction.operator());
      if (!column.kind().isPrimaryKey() || !(keyOperator || rangeOnClustering)) {
        throw new CoodieException(model.entityClass().getSimpleName() + operation + ": where '" + column.property() + "' " + restriction.operator()
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
      throw new CoodieException(model.entityClass().getSimpleName() + operation + " needs the " + (wholeRows ? "full primary key" : "full partition key")
          + "; missing " + missing + ". Cassandra cannot " + (wholeRows ? "update" : "delete") + " rows found by a scan");
    }
  }
}
