package dev.coodie4j.schema;

/** The order of a clustering column. */
public enum ClusteringOrder {
  ASC,
  DESC
}
