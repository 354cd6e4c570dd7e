package dev.coodie4j.annotation;

import dev.coodie4j.types.ColumnConverter;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Stores every property of the annotated type, and every collection element of it, through a converter. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ConvertedBy {
  Class<? extends ColumnConverter<?, ?>> value();
}
