package dev.coodie4j.internal.access;

import dev.coodie4j.CoodieException;
import dev.coodie4j.NamingStrategy;
import dev.coodie4j.annotation.Column;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.internal.metadata.EntityIntrospector;
import dev.coodie4j.internal.metadata.EntityMapping;
import dev.coodie4j.internal.metadata.TypeRules;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.spi.ColumnValues;
import dev.coodie4j.spi.ResultPage;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Type;
import java.util.List;

/**
 * How to read rows of any statement by column name into a type: an entity (its columns), or a plain record whose
 * components name the columns (snake_case, or {@code @Column}). Built once per type.
 *
 * @param columnNames the columns read, by name
 * @param javaTypes the Java type of each
 * @param instantiator builds the value from those columns, in that order
 */
public record RowMapping<R>(List<String> columnNames, List<Type> javaTypes, Instantiator<R> instantiator) {
  private static final ClassValue<java.util.Map<NamingStrategy, RowMapping<?>>> CACHE = new ClassValue<>() {
    @Override
    protected java.util.Map<NamingStrategy, RowMapping<?>> computeValue(Class<?> type) {
      return new java.util.concurrent.ConcurrentHashMap<>();
    }
  };

  /** The row mapping of a type under a naming strategy, built once per type and strategy. */
  @SuppressWarnings("unchecked")
  public static <R> RowMapping<R> of(Class<R> type, NamingStrategy naming) {
    if (type == null) {
      throw new CoodieException("a row type must not be null");
    }
    java.util.Map<NamingStrategy, RowMapping<?>> byNaming = CACHE.get(type);
    RowMapping<?> mapping = byNaming.get(naming);
    if (mapping == null) {
      mapping = create(type, naming);
      byNaming.putIfAbsent(naming, mapping);
    }
    return (RowMapping<R>) mapping;
  }

  /** The current row as an R; columns the row lacks keep their Java default. */
  public R read(ResultPage page) {
    ColumnValues values = page.byName(columnNames, javaTypes);
    return instantiator.read(values);
  }

  private static <R> RowMapping<R> create(Class<R> type, NamingStrategy naming) {
    if (type.isAnnotationPresent(Table.class) || type.isAnnotationPresent(dev.coodie4j.annotation.MaterializedView.class)) {
      EntityMapping<R> mapping = EntityMapping.of(type, naming);
      List<ColumnModel> columns = mapping.model().columns();
      return new RowMapping<>(columns.stream().map(ColumnModel::name).toList(),
          mapping.bindingTypes(), mapping.instantiator());
    }
    if (!type.isRecord()) {
      throw new CoodieException(type.getName() + " cannot receive rows: use an entity (@Table) or a record whose "
          + "components are named after the columns");
    }
    MethodHandles.Lookup lookup = EntityIntrospector.lookupIn(type);
    List<Property> components = EntityIntrospector.recordProperties(type, lookup);
    List<String> names = components.stream()
        .map(p -> p.has(Column.class) ? p.annotation(Column.class).value() : naming.columnName(p.name()))
        .toList();
    List<Type> types = components.stream().map(p -> TypeRules.bindingType(type, p)).toList();
    return new RowMapping<>(names, types, RecordInstantiator.create(type, lookup, components, components));
  }
}
