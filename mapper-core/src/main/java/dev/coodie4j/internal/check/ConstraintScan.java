package dev.coodie4j.internal.check;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;

/** Finds Bean Validation constraints on a class without a provider, to refuse what could not be checked. */
final class ConstraintScan {
  private ConstraintScan() {}

  /** Scanned once per class: every mapper built without a provider asks again, and a class does not change. */
  private static final ClassValue<java.util.Optional<String>> FIRST = new ClassValue<>() {
    @Override
    protected java.util.Optional<String> computeValue(Class<?> type) {
      return java.util.Optional.ofNullable(scan(type));
    }
  };

  /** "Class.property @Annotation" of the first constraint found on the class or its supertypes, or null. */
  static String firstConstraint(Class<?> type) {
    return FIRST.get(type).orElse(null);
  }

  private static String scan(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      String found = on(c, c.getSimpleName());
      if (found != null) {
        return found;
      }
      if (c.isRecord()) {
        for (RecordComponent component : c.getRecordComponents()) {
          found = on(component, c.getSimpleName() + "." + component.getName());
          found = found != null ? found : in(component.getAnnotatedType(), c.getSimpleName() + "." + component.getName());
          if (found != null) {
            return found;
          }
        }
      }
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        found = on(field, c.getSimpleName() + "." + field.getName());
        found = found != null ? found : in(field.getAnnotatedType(), c.getSimpleName() + "." + field.getName());
        if (found != null) {
          return found;
        }
      }
      for (Method method : c.getDeclaredMethods()) {
        if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())) {
          found = on(method, c.getSimpleName() + "." + method.getName() + "()");
          if (found != null) {
            return found;
          }
        }
      }
    }
    return null;
  }

  private static String on(AnnotatedElement element, String where) {
    for (Annotation annotation : element.getAnnotations()) {
      if (isConstraint(annotation)) {
        return where + " @" + annotation.annotationType().getSimpleName();
      }
    }
    return null;
  }

  private static String in(AnnotatedType type, String where) {
    String found = on(type, where);
    if (found != null) {
      return found;
    }
    if (type instanceof AnnotatedParameterizedType parameterized) {
      for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
        found = in(argument, where);
        if (found != null) {
          return found;
        }
      }
    } else if (type instanceof AnnotatedArrayType array) {
      return in(array.getAnnotatedGenericComponentType(), where);
    }
    return null;
  }

  private static boolean isConstraint(Annotation annotation) {
    Class<? extends Annotation> kind = annotation.annotationType();
    return kind == Valid.class || kind.isAnnotationPresent(Constraint.class)
        || kind.getName().startsWith("jakarta.validation.constraints.");
  }
}
