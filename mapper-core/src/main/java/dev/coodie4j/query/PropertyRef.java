package dev.coodie4j.query;

import java.io.Serializable;
import java.util.function.Function;

/**
 * A type-safe reference to an entity property, written as a method reference: {@code Product::brand} for a record
 * component, {@code Account::getEmail} for a getter. Resolved to its property once per call site and cached.
 */
@FunctionalInterface
public interface PropertyRef<T, V> extends Function<T, V>, Serializable {}
