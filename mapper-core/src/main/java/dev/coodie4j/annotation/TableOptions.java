package dev.coodie4j.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Table options, set when {@code sync} creates the table and altered by {@code sync} when the live table differs.
 * Unset attributes leave the server's value alone. Map options are {@code key=value} strings; a compaction or
 * compression {@code class} may be given by its simple name.
 *
 * <pre>{@code
 * @TableOptions(defaultTtl = 86400, gcGraceSeconds = 3600, comment = "sessions",
 *     compaction = {"class=TimeWindowCompactionStrategy", "compaction_window_unit=DAYS", "compaction_window_size=1"})
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TableOptions {
  /** {@code default_time_to_live} in seconds; -1 leaves it alone. */
  int defaultTtl() default -1;

  /** {@code gc_grace_seconds}; -1 leaves it alone. */
  int gcGraceSeconds() default -1;

  /** {@code comment}; empty leaves it alone. */
  String comment() default "";

  /** {@code compaction} sub-options. */
  String[] compaction() default {};

  /** {@code compression} sub-options. */
  String[] compression() default {};

  /** {@code caching} sub-options, such as {@code keys=ALL}, {@code rows_per_partition=NONE}. */
  String[] caching() default {};

  /** Other options as {@code name=value}: numbers are sent as numbers, anything else as text. */
  String[] other() default {};
}
