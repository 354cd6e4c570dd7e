package dev.coodie4j.internal.metadata;

import dev.coodie4j.CoodieException;
import dev.coodie4j.query.PropertyRef;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;

/** Resolves a method reference to the name of the property it reads, once per lambda class. */
public final class PropertyRefs {
  /** One slot per lambda class, filled from its first instance; a race only computes the same name twice. */
  private static final ClassValue<String[]> NAMES = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> lambdaClass) {
      return new String[1];
    }
  };

  private PropertyRefs() {}

  /** The property name: {@code brand} for {@code Product::brand}, {@code email} for {@code Account::getEmail}. */
  public static String name(PropertyRef<?, ?> ref) {
    if (ref == null) {
      throw new CoodieException("a property reference must not be null: pass a method reference such as Product::name");
    }
    String[] slot = NAMES.get(ref.getClass());
    String name = slot[0];
    if (name == null) {
      name = resolve(ref);
      slot[0] = name;
    }
    return name;
  }

  /** The model index of the column mapped from a property, or an error listing the mapped properties. */
  public static int columnIndex(dev.coodie4j.schema.EntityModel<?> model, String property) {
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
