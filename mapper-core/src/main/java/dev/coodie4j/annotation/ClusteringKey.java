package dev.coodie4j.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a property as a clustering column. The order is part of this annotation, so a clustering order can only be
 * declared on a clustering column.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface ClusteringKey {
  /** Position among the clustering columns, from 0; positions must be 0..n-1 without gaps. */
  int value() default 0;

  /** The order rows are stored and returned in within a partition. */
  ClusteringOrder order() default ClusteringOrder.ASC;
}
