package dev.coodie4j.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Single-table inheritance: on a sealed interface that is also a {@link Table}, names the text column that says which
 * permitted record a row is ({@link DiscriminatorValue}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Discriminator {
  /** The discriminator column. */
  String value() default "type";
}
