package dev.coodie4j.internal.access;

import dev.coodie4j.CoodieException;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.spi.Binding;
import dev.coodie4j.spi.EntityAccess;
import dev.coodie4j.spi.PreparedCql;
import java.lang.invoke.MethodHandle;

/**
 * One column's writer composed with one statement's setter for its variable (see
 * {@link ColumnWriter#composedWith}). The only implementation of {@link EntityAccess.VariableWriter}, so the call
 * to it stays monomorphic; the call inside goes to a handle compiled for this column and variable alone.
 */
public final class ComposedWriter<T> implements EntityAccess.VariableWriter<T> {
  private final MethodHandle write; // (Object, Binding)boolean
  private final EntityModel<T> model;
  private final int column;

  public ComposedWriter(ColumnWriter writer, EntityModel<T> model, int column, PreparedCql statement, int variable) {
    this.write = writer.composedWith(statement.setter(variable, writer.valueType()));
    this.model = model;
    this.column = column;
  }

  @Override
  public boolean write(T entity, Binding binding) {
    try {
      return (boolean) write.invokeExact((Object) entity, binding);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw accessFailure(model, column, e);
    }
  }

  /** A getter's checked exception, naming the entity, the property and the column. */
  public static CoodieException accessFailure(EntityModel<?> model, int column, Throwable failure) {
    ColumnModel c = model.columns().get(column);
    return new CoodieException(model.entityClass().getSimpleName() + ": reading property '" + c.property()
        + "' (column \"" + c.name() + "\") threw " + failure + ": make its accessor return without a checked exception",
        failure);
  }
}
