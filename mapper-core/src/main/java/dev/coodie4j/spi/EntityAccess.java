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
   * A writer of model column {@code column} into variable {@code variable} of {@code statement}'s bindings, with the
   * statement's {@link PreparedCql#setter setter} for that variable composed in: built once per statement and
   * reused, it reads and encodes the property without the call sites that every column shares.
   */
  VariableWriter<T> writer(int column, PreparedCql statement, int variable);

  /**
   * A reader of rows whose column {@code i} is model column {@code modelColumns[i]}, read by
   * {@code columnReaders[i]}, a handle of type {@code (ColumnValues)Object} that gives the column's value as the
   * property's {@link #bindingType binding type}, or null; the properties of other columns get their Java default.
   * The reader is compiled for these handles alone: with the codecs bound into them as constants, the JIT turns a
   * row's read into straight-line code. Build one per statement shape and reuse it.
   */
  RowReader<T> reader(int[] modelColumns, java.lang.invoke.MethodHandle[] columnReaders);

  /** Binds one property of an entity at one variable of one prepared statement. */
  interface VariableWriter<T> {
    /**
     * Binds the property at the variable of a binding of the statement the writer was built for; false, binding
     * nothing, when the property is null (or, for a non-frozen collection, empty).
     */
    boolean write(T entity, Binding binding);
  }

  /** Builds an entity from the current row of a result. */
  interface RowReader<T> {
    T read(ColumnValues row);
  }
}
