/**
 * Schema sync: planning and applying the DDL that makes a table match its entity ({@code TableSync},
 * {@code SchemaPlanner}), and waiting for schema agreement after changes.
 *
 * <p>Not API: classes here change without notice and are not for use outside mapper-core.
 */
package dev.coodie4j.internal.sync;
