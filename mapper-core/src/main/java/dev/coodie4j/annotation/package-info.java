/**
 * Annotations that map a record or class to a Cassandra table.
 *
 * <p>Annotations on a record go on its components; on a class they go on its fields.
 */
@NullMarked
package dev.coodie4j.annotation;

import org.jspecify.annotations.NullMarked;
