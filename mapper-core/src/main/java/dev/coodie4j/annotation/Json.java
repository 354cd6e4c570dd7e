package dev.coodie4j.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Supplier;

/**
 * Stores the property, of any Java type Jackson can write and read, as JSON in a {@code text} column. Needs
 * {@code com.fasterxml.jackson.core:jackson-databind} on the classpath; without it the entity fails at introspection.
 * {@code mapper} names a {@code Supplier<com.fasterxml.jackson.databind.ObjectMapper>} with a no-arg constructor,
 * instantiated once; by default a plain {@code new ObjectMapper()} shared by all such columns.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Json {
  /** The supplier of the ObjectMapper; {@code Supplier.class}, the default, means a plain one. */
  @SuppressWarnings("rawtypes")
  Class<? extends Supplier> mapper() default Supplier.class;
}
