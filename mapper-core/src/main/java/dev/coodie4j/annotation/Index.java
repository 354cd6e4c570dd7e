package dev.coodie4j.annotation;

import dev.coodie4j.schema.IndexTarget;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a secondary index on the column; {@code sync} creates it if it does not exist.
 *
 * <pre>{@code
 * @Index String brand;                                              // CREATE INDEX ... ("brand")
 * @Index(target = IndexTarget.KEYS) Map<String, String> labels;     // ... (KEYS("labels"))
 * @Index(using = "sai", options = "case_sensitive=false") String n; // ... USING 'sai' WITH OPTIONS = {...}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Index {
  /** The index name; by default {@code <table>_<column>_idx}. */
  String name() default "";

  /** What to index; collections' values by default. */
  IndexTarget target() default IndexTarget.COLUMN;

  /** The implementation: empty for the server's default, {@code "sai"}, or a custom index class name. */
  String using() default "";

  /** Index options as {@code key=value} strings. */
  String[] options() default {};
}
