package dev.coodie4j.internal;

import dev.coodie4j.CoodieException;
import dev.coodie4j.annotation.Column;
import dev.coodie4j.annotation.Table;
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
  private static final ClassValue<RowMapping<?>> CACHE = new ClassValue<>() {
    @Override
    protected RowMapping<?> computeValue(Class<?> type) {
      return create(type);
    }
  };

  @SuppressWarnings("unchecked")
  public static <R> RowMapping<R> of(Class<R> type) {
    if (type == null) {
      throw new CoodieException("a row type must not be null");
    }
    return (RowMapping<R>) CACHE.get(type);
  }

  /** The current row as an R; columns the row lacks keep their Java default. */
  public R read(ResultPage page) {
    ColumnValues values = page.byName(columnNames, javaTypes);
    return instantiator.read(values);
  }

  private static <R> RowMapping<R> create(Class<R> type) {
    if (type.isAnnotationPresent(Table.class)) {
      EntityMapping<R> mapping = EntityMapping.of(type);
      List<ColumnModel> columns = mapping.model().columns();
      return new RowMapping<>(columns.stream().map(ColumnModel::name).toList(),
          columns.stream().map(ColumnModel::genericType).toList(), mapping.instantiator());
    }
    if (!type.isRecord()) {
      throw new CoodieException(type.getName() + " cannot receive rows: use an entity (@Table) or a record whose "
          + "components are named after the columns");
    }
    MethodHandles.Lookup lookup = EntityIntrospector.lookupIn(type);
    List<Property> components = EntityIntrospector.recordProperties(type, lookup);
    List<String> names = components.stream()
        .map(p -> p.has(Column.class) ? p.annotation(Column.class).value() : Names.snakeCase(p.name()))
        .toList();
    List<Type> types = components.stream().map(Property::genericType).toList();
    return new RowMapping<>(names, types, RecordInstantiator.create(type, lookup, components, components));
  }
}
