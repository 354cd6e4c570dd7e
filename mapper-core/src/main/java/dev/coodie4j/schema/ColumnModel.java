package dev.coodie4j.schema;

import dev.coodie4j.annotation.ClusteringOrder;
import java.util.Optional;

/**
 * One mapped property and its column.
 *
 * @param property the Java property name
 * @param name the exact CQL column name
 * @param type the CQL type
 * @param javaType the property's Java class as declared (primitive or not; {@code List} for a list)
 * @param genericType the property's full Java type as declared, such as {@code List<String>}
 * @param kind the column's role
 * @param keyPosition position in the partition or clustering key, or -1
 * @param order clustering order, {@code ASC} for columns that are not clustering columns
 * @param index the secondary index declared on the column, if any
 */
public record ColumnModel(
    String property,
    String name,
    DataType type,
    Class<?> javaType,
    java.lang.reflect.Type genericType,
    ColumnKind kind,
    int keyPosition,
    ClusteringOrder order,
    Optional<IndexModel> index) {
  /** Whether the column is a collection that is not frozen, and so can be updated element by element. */
  public boolean isMultiCell() {
    return type instanceof CollectionType collection && !collection.frozen();
  }
}
