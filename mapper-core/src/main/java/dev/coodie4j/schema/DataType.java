package dev.coodie4j.schema;

/** A CQL data type: a scalar, a collection, a vector or a tuple; user types extend this hierarchy. */
public sealed interface DataType permits ScalarType, CollectionType, VectorType, TupleType {
  /** The type as CQL writes it, for example {@code timeuuid}. */
  String cql();
}
