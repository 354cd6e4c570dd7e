package dev.coodie4j.spi;

import dev.coodie4j.Mapper;
import dev.coodie4j.schema.EntityModel;

/**
 * How a driver binding reads an entity's properties into bind variables and builds entities from rows, for helpers
 * that bind entities into statements the user prepared (such as the DataStax binding's {@code EntityBinder} and
 * {@code RowMapper}). Built once per class and naming strategy and shared; thread-safe.
 */
public interface EntityAccess<T> {
  /** The access to an entity class under the mapper's naming strategy; a bad definition throws. */
  static <T> EntityAccess<T> of(Mapper mapper, Class<T> entityClass) {
    return dev.coodie4j.internal.metadata.EntityMapping.of(entityClass, mapper.naming());
  }

  EntityModel<T> model();

  /**
   * The Java type the driver binds and reads model column {@code column} as: the property's type, or a descriptor
   * of this package ({@link ConvertedType}, {@link UdtRecord}, {@link TupleRecord}, inside collections too) when the
   * mapper converts the value; the codec is found for it once per statement.
   */
  java.lang.reflect.Type bindingType(int column);

  /**
   * Binds the property of model column {@code column} at variable {@code variable}; false, binding nothing, when the
   * property is null.
   */
  boolean write(T entity, int column, Binding binding, int variable);

  /**
   * A reader of rows whose column {@code i} is model column {@code modelColumns[i]}; the properties of other columns
   * get their Java default.
   */
  RowReader<T> reader(int[] modelColumns);

  /** Builds an entity from the current row of a result. */
  interface RowReader<T> {
    T read(ColumnValues row);
  }
}
