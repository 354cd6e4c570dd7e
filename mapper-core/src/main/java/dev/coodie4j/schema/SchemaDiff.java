package dev.coodie4j.schema;

import java.util.List;

/**
 * How an entity's live table differs from the entity, from {@code Mapper.schemaDiff}: the CQL that would add what is
 * missing (what {@code sync} runs), the differences no statement fixes in place (a column's type, the primary key,
 * the clustering order) in words, and the live columns the entity does not map.
 *
 * @param table the table or view, qualified and quoted as in CQL
 */
public record SchemaDiff(Class<?> entityClass, String table, List<String> additions, List<String> unsafe,
    List<String> unmappedColumns) {
  public SchemaDiff {
    additions = List.copyOf(additions);
    unsafe = List.copyOf(unsafe);
    unmappedColumns = List.copyOf(unmappedColumns);
  }

  /** Whether the live table matches the entity (columns it does not map aside). */
  public boolean matches() {
    return additions.isEmpty() && unsafe.isEmpty();
  }
}
