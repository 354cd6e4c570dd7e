/**
 * Introspection, the first stage of the data path: an entity class becomes an {@code EntityMapping} (its
 * {@code EntityModel}, method handles and instantiator) once per class. {@code TypeRules} decides each property's CQL
 * and binding type; {@code UserTypes}, {@code Tuples}, {@code Converters} and {@code Polymorphism} cover the column
 * kinds that need more than a rule.
 *
 * <p>Not API: classes here change without notice and are not for use outside mapper-core.
 */
package dev.coodie4j.internal.metadata;
