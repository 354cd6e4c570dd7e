package dev.coodie4j.annotation;

import dev.coodie4j.schema.ScalarType;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Chooses the CQL type where the Java type allows more than one: {@code String} as {@code ascii} or {@code UUID} as
 * {@code timeuuid}. A type that does not fit the Java type is refused when the entity is introspected.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface ColumnType {
  ScalarType value();
}
