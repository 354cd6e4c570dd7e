package dev.coodie4j.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a record or class as an entity stored in one table. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {
  /** The table name; by default the snake_case of the simple class name ({@code HTTPRequest} is {@code http_request}). */
  String name() default "";

  /** The keyspace; by default the mapper's keyspace, or the session's when the mapper has none. */
  String keyspace() default "";
}
