package dev.coodie4j.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record or class as a read-only entity over a materialized view of another entity's table (used instead of
 * {@link Table}). Its properties are columns of the base table; its keys are the view's primary key, which must hold
 * every primary key column of the base table and at most one other column. Writes through it are refused.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MaterializedView {
  /** The base entity, annotated with {@link Table}. */
  Class<?> base();

  /** The view name; by default the snake_case of the class name. */
  String name() default "";
}
