/**
 * Annotations that map a record or class to a Cassandra table.
 *
 * <p>Annotations on a record go on its components; on a class they go on its fields.
 */
package dev.coodie4j.annotation;
