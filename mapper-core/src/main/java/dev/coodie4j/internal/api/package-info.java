/**
 * The implementations of the public faces (tables, queries, updates, deletes, batches, raw statements): thin
 * classes that check their arguments and hand the work to {@code internal.execution}.
 *
 * <p>Not API: classes here change without notice and are not for use outside mapper-core.
 */
package dev.coodie4j.internal.api;
