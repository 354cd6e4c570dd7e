package dev.coodie4j.internal.metadata;

import dev.coodie4j.CoodieException;
import dev.coodie4j.query.PropertyRef;
import dev.coodie4j.schema.EntityModel;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;

/**
 * Resolves a method reference to the name of the property it reads, and to its column in a model, once per lambda
 * class (and model): later calls read a slot.
 */
public final class PropertyRefs {
  /** One slot per lambda class, filled from its first instance; a race only computes the same answer twice. */
  private static final ClassValue<Slot> SLOTS = new ClassValue<>() {
    @Override
    protected Slot computeValue(Class<?> lambdaClass) {
      return new Slot();
    }
  };

  /** What a lambda class resolved to: its property's name, and its column in the model it was last used with. */
  private static final class Slot {
    String name;
    Column column;
  }

  /** An immutable pair, so that a slot read without a lock never sees a model with another model's index. */
  private record Column(EntityModel<?> model, int index) {}

  private PropertyRefs() {}

  /** The model index of the column a method reference reads, or an error listing the mapped properties. */
  public static int columnIndex(EntityModel<?> model, PropertyRef<?, ?> ref) {
    Slot slot = slot(ref);
    Column column = slot.column;
    if (column == null || column.model() != model) {
      column = new Column(model, columnIndex(model, name(slot, ref)));
      slot.column = column;
    }
    return column.index();
  }

  private static Slot slot(PropertyRef<?, ?> ref) {
    if (ref == null) {
      throw new CoodieException("a property reference must not be null: pass a method reference such as Product::name");
    }
    return SLOTS.get(ref.getClass());
  }

  /** The property name: {@code brand} for {@code Product::brand}, {@code email} for {@code Account::getEmail}. */
  private static String name(Slot slot, PropertyRef<?, ?> ref) {
    String name = slot.name;
    if (name == null) {
      name = resolve(ref);
      slot.name = name;
    }
    return name;
  }

  /** The model index of the column mapped from a property, or an error listing the mapped properties. */
  public static int columnIndex(EntityModel<?> model, String property) {
    var columns = model.columns();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).property().equals(property)) {
        return i;
      }
    }
    throw new CoodieException(model.entityClass().getSimpleName() + " has no mapped property '" + property
        + "'; its properties are " + columns.stream().map(c -> c.property())
        .collect(java.util.stream.Collectors.joining(", ")));
  }

  private static String resolve(PropertyRef<?, ?> ref) {
    Class<?> lambdaClass = ref.getClass();
    SerializedLambda lambda;
    try {
      Method writeReplace = lambdaClass.getDeclaredMethod("writeReplace");
      writeReplace.setAccessible(true);
      Object replacement = writeReplace.invoke(ref);
      if (!(replacement instanceof SerializedLambda serialized)) {
        throw new CoodieException(lambdaClass.getName() + " is not a method reference");
      }
      lambda = serialized;
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new CoodieException("cannot resolve property reference " + lambdaClass.getName()
          + ": pass a method reference to a property such as Product::name, not a lambda or a PropertyRef class", e);
    }
    String method = lambda.getImplMethodName();
    if (method.startsWith("lambda$")) {
      throw new CoodieException("a property reference must be a method reference such as Product::name, "
          + "not a lambda expression (" + method + ")");
    }
    if (method.length() > 3 && method.startsWith("get") && Character.isUpperCase(method.charAt(3))) {
      return Character.toLowerCase(method.charAt(3)) + method.substring(4);
    }
    if (method.length() > 2 && method.startsWith("is") && Character.isUpperCase(method.charAt(2))) {
      return Character.toLowerCase(method.charAt(2)) + method.substring(3);
    }
    return method;
  }
}
