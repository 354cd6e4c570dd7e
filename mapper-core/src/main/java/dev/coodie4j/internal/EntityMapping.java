package dev.coodie4j.internal;

import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.spi.Binding;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * An entity's model plus how to read its properties and build it from a row. Built once per class and shared.
 */
public final class EntityMapping<T> {
  private static final ClassValue<EntityMapping<?>> CACHE = new ClassValue<>() {
    @Override
    protected EntityMapping<?> computeValue(Class<?> type) {
      return EntityIntrospector.introspect(type);
    }
  };

  private final EntityModel<T> model;
  private final MethodHandle[] getters; // (Object)Object, model order
  private final ColumnWriter[] writers; // model order
  private final Instantiator<T> instantiator;

  EntityMapping(EntityModel<T> model, List<Property> columns, Instantiator<T> instantiator) {
    this.model = model;
    this.getters = columns.stream()
        .map(p -> p.getter().asType(MethodType.methodType(Object.class, Object.class)))
        .toArray(MethodHandle[]::new);
    this.writers = new ColumnWriter[columns.size()];
    for (int i = 0; i < writers.length; i++) {
      writers[i] = ColumnWriter.of(columns.get(i).getter(), model.columns().get(i), model.entityClass());
    }
    this.instantiator = instantiator;
  }

  /** The mapping of a class, introspected on first use; a bad definition throws every time it is asked for. */
  @SuppressWarnings("unchecked")
  public static <T> EntityMapping<T> of(Class<T> type) {
    return (EntityMapping<T>) CACHE.get(type);
  }

  public EntityModel<T> model() {
    return model;
  }

  /** Builds the entity from a row selecting every column in model order. */
  public Instantiator<T> instantiator() {
    return instantiator;
  }

  /** The number of mapped columns. */
  public int columnCount() {
    return writers.length;
  }

  /** Reads the property of column {@code index} (model order), boxed. */
  public Object get(Object entity, int index) {
    try {
      return getters[index].invokeExact(entity);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot read " + model.columns().get(index).property(), e);
    }
  }

  /**
   * Binds the property of column {@code column} (model order) at variable {@code variable}; false, binding nothing,
   * when it is null.
   */
  public boolean write(Object entity, int column, Binding binding, int variable) {
    try {
      return writers[column].write(entity, binding, variable);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot read " + model.columns().get(column).property(), e);
    }
  }
}
