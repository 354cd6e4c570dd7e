package dev.coodie4j.internal.metadata;

import dev.coodie4j.CoodieException;
import dev.coodie4j.NamingStrategy;
import dev.coodie4j.internal.access.ColumnWriter;
import dev.coodie4j.internal.access.ConstantHandles;
import dev.coodie4j.internal.access.Instantiator;
import dev.coodie4j.internal.access.Property;
import dev.coodie4j.schema.ColumnKind;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.spi.Binding;
import dev.coodie4j.spi.PreparedCql;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * An entity's model plus how to read its properties and build it from a row. Built once per class and shared.
 */
public final class EntityMapping<T> implements dev.coodie4j.spi.EntityAccess<T> {
  /** Per class, one mapping per naming strategy; a failed introspection is not kept, so it fails again. */
  private static final ClassValue<java.util.Map<NamingStrategy, EntityMapping<?>>> CACHE = new ClassValue<>() {
    @Override
    protected java.util.Map<NamingStrategy, EntityMapping<?>> computeValue(Class<?> type) {
      return new java.util.concurrent.ConcurrentHashMap<>();
    }
  };

  private final EntityModel<T> model;
  private final MethodHandle[] getters; // (Object)Object, model order
  private final ColumnWriter[] writers; // model order
  private final List<Type> bindingTypes; // model order
  private final Instantiator<T> instantiator;
  private final Polymorphism.Discriminator discriminator;

  EntityMapping(EntityModel<T> model, List<Property> columns, List<Type> bindingTypes, Instantiator<T> instantiator) {
    this(model, columns, bindingTypes, instantiator, null);
  }

  EntityMapping(EntityModel<T> model, List<Property> columns, List<Type> bindingTypes, Instantiator<T> instantiator,
      Polymorphism.Discriminator discriminator) {
    this.discriminator = discriminator;
    this.model = model;
    this.bindingTypes = List.copyOf(bindingTypes);
    this.getters = columns.stream()
        .map(p -> p.getter().asType(MethodType.methodType(Object.class, Object.class)))
        .toArray(MethodHandle[]::new);
    this.writers = new ColumnWriter[columns.size()];
    for (int i = 0; i < writers.length; i++) {
      writers[i] = ColumnWriter.of(columns.get(i).getter(), model.columns().get(i), model.entityClass());
    }
    this.instantiator = instantiator;
  }

  /** The mapping of a class with snake_case names, introspected on first use; a bad definition throws every time. */
  public static <T> EntityMapping<T> of(Class<T> type) {
    return of(type, NamingStrategy.SNAKE_CASE);
  }

  /** The mapping of a class under a naming strategy, introspected once per class and strategy. */
  @SuppressWarnings("unchecked")
  public static <T> EntityMapping<T> of(Class<T> type, NamingStrategy naming) {
    java.util.Map<NamingStrategy, EntityMapping<?>> byNaming = CACHE.get(type);
    EntityMapping<?> mapping = byNaming.get(naming);
    if (mapping == null) {
      // not computeIfAbsent: introspecting a view introspects its base, which may re-enter this map's bin
      mapping = EntityIntrospector.introspect(type, naming);
      EntityMapping<?> raced = byNaming.putIfAbsent(naming, mapping);
      mapping = raced != null ? raced : mapping;
    }
    return (EntityMapping<T>) mapping;
  }

  @Override
  public EntityModel<T> model() {
    return model;
  }

  /** Builds the entity from a row selecting every column in model order. */
  public Instantiator<T> instantiator() {
    return instantiator;
  }

  /** For a type hierarchy: the discriminator column and this type's value (null for the base), else null. */
  public Polymorphism.Discriminator discriminator() {
    return discriminator;
  }

  @Override
  public Type bindingType(int column) {
    return bindingTypes.get(column);
  }

  /** The binding types of every column, in model order. */
  public List<Type> bindingTypes() {
    return bindingTypes;
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
      throw accessFailure(index, e);
    }
  }

  /**
   * Binds the property of column {@code column} (model order) at variable {@code variable}; false, binding nothing,
   * when it is null.
   */
  @Override
  public boolean write(Object entity, int column, Binding binding, int variable) {
    try {
      return writers[column].write(entity, binding, variable);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw accessFailure(column, e);
    }
  }

  @Override
  public EntityWriter<T> writer(int[] modelColumns, PreparedCql statement, boolean writeNulls) {
    List<MethodHandle> steps = new ArrayList<>(modelColumns.length);
    for (int v = 0; v < modelColumns.length; v++) {
      int column = modelColumns[v];
      ColumnWriter writer = writers[column];
      ColumnKind kind = model.columns().get(column).kind();
      MethodHandle onAbsent = kind == ColumnKind.PARTITION_KEY || kind == ColumnKind.CLUSTERING
          ? ColumnWriter.refuse(column)
          : writeNulls ? ColumnWriter.setNull(v) : ColumnWriter.skip();
      steps.add(writer.step(statement.setter(v, writer.valueType()), onAbsent,
          failure -> accessFailure(column, failure)));
    }
    return ConstantHandles.writer(steps);
  }

  @Override
  public <R> RowReader<R, T> reader(Class<R> rowType, int[] modelColumns, MethodHandle[] columnReaders,
      MethodHandle[] nullTests) {
    if (columnReaders.length != modelColumns.length || nullTests.length != modelColumns.length) {
      throw new CoodieException(model.entityClass().getSimpleName() + ": a driver asked for a reader of "
          + modelColumns.length + " columns with " + columnReaders.length + " column readers and " + nullTests.length
          + " null tests; give one of each per column");
    }
    for (int i = 0; i < columnReaders.length; i++) {
      ColumnModel column = model.columns().get(modelColumns[i]);
      Class<?> returned = columnReaders[i].type().returnType();
      if (returned.isPrimitive() && returned != column.javaType()) {
        throw new CoodieException(model.entityClass().getSimpleName() + "." + column.property() + ": a driver gave a "
            + "reader of column \"" + column.name() + "\" returning " + returned + " for a property of type "
            + column.javaType().getName() + "; return the property's own primitive type, or Object");
      }
      if (!columnReaders[i].type().equals(MethodType.methodType(returned, rowType))
          || !nullTests[i].type().equals(MethodType.methodType(boolean.class, rowType))) {
        throw new CoodieException(model.entityClass().getSimpleName() + "." + column.property() + ": a driver gave "
            + "handles of types " + columnReaders[i].type() + " and " + nullTests[i].type() + " for column \""
            + column.name() + "\"; both must take one " + rowType.getTypeName());
      }
    }
    Instantiator<T> rows = instantiator.forColumns(modelColumns.clone(), columnReaders.clone(), nullTests.clone());
    return row -> rows.read(row);
  }

  /** A getter's checked exception, naming the entity, the property and the column. */
  private CoodieException accessFailure(int column, Throwable failure) {
    ColumnModel c = model.columns().get(column);
    return new CoodieException(model.entityClass().getSimpleName() + ": reading property '" + c.property()
        + "' (column \"" + c.name() + "\") threw " + failure + ": make its accessor return without a checked exception",
        failure);
  }
}
