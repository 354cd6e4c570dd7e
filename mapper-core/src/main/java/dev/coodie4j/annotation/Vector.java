package dev.coodie4j.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a {@code float[]} or {@code List<Float>} property as a {@code vector<float, n>} column, for similarity search
 * with an SAI index and {@code Query.orderByAnnOf}. Writes of another length are refused.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Vector {
  /** The number of dimensions. */
  int value();
}
