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
   * A writer of the entity into bindings of {@code statement}, whose variable {@code v} takes model column
   * {@code modelColumns[v]}, with the statement's {@link PreparedCql#setter setters} composed in. Built once per
   * statement and reused: it is compiled for these columns and setters alone, so a binding runs as straight-line code.
   *
   * @param writeNulls whether a null property (or an empty non-frozen collection) is bound as null, writing a
   *     tombstone; otherwise its variable is left unset
   */
  EntityWriter<T> writer(int[] modelColumns, PreparedCql statement, boolean writeNulls);

  /**
   * A reader of the driver's own rows, of type {@code R}, whose column {@code i} is model column
   * {@code modelColumns[i]}, read by {@code columnReaders[i]}, a handle of type {@code (R)Object} that gives the
   * column's value as the property's {@link #bindingType binding type}, or null; for a property of a primitive type it
   * may instead return that type, unboxed, and is then called only when {@code nullTests[i]}, of type
   * {@code (R)boolean}, says the column is not null. The properties of other columns get their Java default.
   * The reader is compiled for these handles alone: with the codecs bound into them as constants, the JIT turns a
   * row's read into straight-line code, and the row is read as it is, wrapped in nothing. Build one per statement
   * shape and reuse it.
   */
  <R> RowReader<R, T> reader(Class<R> rowType, int[] modelColumns, java.lang.invoke.MethodHandle[] columnReaders,
      java.lang.invoke.MethodHandle[] nullTests);

  /** Binds an entity into the variables of one prepared statement; see {@link EntityAccess#writer}. */
  interface EntityWriter<T> {
    /**
     * Binds the entity's properties into a binding of the statement the writer was built for, in variable order.
     * Returns -1 when every variable was written, or the model column of the first primary key column whose property
     * is null: the binding is then incomplete and must not be executed.
     */
    int write(T entity, Binding binding);
  }

  /** Builds an entity from a row of the driver's. */
  interface RowReader<R, T> {
    T read(R row);
  }
}
