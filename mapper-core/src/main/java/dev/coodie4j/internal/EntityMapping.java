package dev.coodie4j.internal;

import dev.coodie4j.schema.EntityModel;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * An entity's model plus how to read its properties and build it from a row. Built once per class and shared.
 *
 * @param model the public metadata
 * @param getters one {@code (Object)Object} handle per column, in model order
 * @param instantiator builds the entity from a row selecting every column in model order
 */
public record EntityMapping<T>(EntityModel<T> model, MethodHandle[] getters, Instantiator<T> instantiator) {
  private static final ClassValue<EntityMapping<?>> CACHE = new ClassValue<>() {
    @Override
    protected EntityMapping<?> computeValue(Class<?> type) {
      return EntityIntrospector.introspect(type);
    }
  };

  EntityMapping(EntityModel<T> model, List<Property> columns, Instantiator<T> instantiator) {
    this(model, columns.stream().map(Property::getter).toArray(MethodHandle[]::new), instantiator);
  }

  /** The mapping of a class, introspected on first use; a bad definition throws every time it is asked for. */
  @SuppressWarnings("unchecked")
  public static <T> EntityMapping<T> of(Class<T> type) {
    return (EntityMapping<T>) CACHE.get(type);
  }

  /** Reads the property of column {@code index} (model order). */
  public Object get(Object entity, int index) {
    try {
      return getters[index].invokeExact(entity);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot read " + model.columns().get(index).property(), e);
    }
  }
}
