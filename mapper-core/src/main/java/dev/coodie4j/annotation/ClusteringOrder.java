package dev.coodie4j.annotation;

/** The order of a clustering column. */
public enum ClusteringOrder {
  ASC,
  DESC
}
