package dev.coodie4j.schema;

/** A CQL data type. Scalars today; collections, tuples, vectors and user types extend this hierarchy. */
public sealed interface DataType permits ScalarType {
  /** The type as CQL writes it, for example {@code timeuuid}. */
  String cql();
}
