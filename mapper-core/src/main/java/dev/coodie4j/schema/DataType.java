package dev.coodie4j.schema;

/** A CQL data type: a scalar, a collection, a vector, a tuple or a user-defined type. */
public sealed interface DataType permits ScalarType, CollectionType, VectorType, TupleType, UdtType {
  /** The type as CQL writes it, for example {@code timeuuid}. */
  String cql();
}
