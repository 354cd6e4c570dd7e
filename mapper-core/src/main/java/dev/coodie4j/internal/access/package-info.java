/**
 * Property access: reading properties into bound variables ({@code ColumnWriter}) and building entities from
 * result rows ({@code Instantiator} for records and beans, {@code RowMapping}), through method handles made once at
 * introspection.
 *
 * <p>Not API: classes here change without notice and are not for use outside mapper-core.
 */
package dev.coodie4j.internal.access;
