package dev.coodie4j.spring.boot;

import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.table.EntityTable;
import java.util.List;

/**
 * The entity classes found in the application's packages, and their tables: inject it, or inject
 * {@code EntityTable<Product>} directly.
 */
public final class EntityTables {
  private final Mapper mapper;
  private final List<Class<?>> entityClasses;

  public EntityTables(Mapper mapper, List<Class<?>> entityClasses) {
    this.mapper = mapper;
    this.entityClasses = List.copyOf(entityClasses);
  }

  /** The table of a scanned entity class. */
  public <T> EntityTable<T> of(Class<T> entityClass) {
    if (!entityClasses.contains(entityClass)) {
      throw new CoodieException(entityClass.getName() + " is not among the entities coodie4j found in "
          + "the application's packages " + entityClasses + ": annotate it @Table, or list its package in "
          + "coodie4j.entity-packages");
    }
    return mapper.table(entityClass);
  }

  /** The entity classes found, tables before the views over them. */
  public List<Class<?>> entityClasses() {
    return entityClasses;
  }
}
