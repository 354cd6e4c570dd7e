package dev.coodie4j.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a record to a CQL user-defined type: one field per component, named in snake_case (or by {@link Column}).
 * {@code sync} creates the type before the tables that use it and adds fields the live type lacks.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UserType {
  /** The type name; by default the snake_case of the record name. */
  String name() default "";
}
