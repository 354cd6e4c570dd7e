package dev.coodie4j.schema;

/** A CQL data type: a scalar or a collection; tuples, vectors and user types extend this hierarchy. */
public sealed interface DataType permits ScalarType, CollectionType {
  /** The type as CQL writes it, for example {@code timeuuid}. */
  String cql();
}
