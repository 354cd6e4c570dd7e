package dev.coodie4j.schema;

/** A CQL data type: a scalar, a collection or a vector; tuples and user types extend this hierarchy. */
public sealed interface DataType permits ScalarType, CollectionType, VectorType {
  /** The type as CQL writes it, for example {@code timeuuid}. */
  String cql();
}
