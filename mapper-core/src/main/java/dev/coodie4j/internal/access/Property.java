package dev.coodie4j.internal.access;

import dev.coodie4j.internal.metadata.Primitives;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.AnnotatedElement;

/**
 * A Java property found on an entity: where its annotations are, how to read it and, for classes, how to write it.
 *
 * @param name the property name
 * @param type the declared Java class
 * @param genericType the declared Java type, with type arguments
 * @param annotations where the mapping annotations are read from
 * @param getter {@code (Object)T} where T is the declared type
 * @param setter {@code (Object,T)void} where T is the declared type, null for records
 */
public record Property(String name, Class<?> type, java.lang.reflect.Type genericType, AnnotatedElement annotations,
    MethodHandle getter, MethodHandle setter) {
  public <A extends Annotation> A annotation(Class<A> annotationType) {
    return annotations.getAnnotation(annotationType);
  }

  public boolean has(Class<? extends Annotation> annotationType) {
    return annotations.isAnnotationPresent(annotationType);
  }

  /**
   * What the property reads as when its column is null or not selected: the Java default of its type (an empty
   * collection for a collection), but null for a vector, which is a List of floats and not a collection: an empty
   * one would not have the vector's dimensions and could not be saved back.
   */
  public Object nullValue() {
    return has(dev.coodie4j.annotation.Vector.class) ? null : Primitives.defaultValue(type);
  }
}
