/**
 * Immutable schema metadata: what an entity maps to ({@link dev.coodie4j.schema.EntityModel},
 * {@link dev.coodie4j.schema.ColumnModel}, CQL data types), built once per class and shared; and schema management:
 * keyspace definitions and what a sync did ({@link dev.coodie4j.schema.SyncResult}).
 */
@NullMarked
package dev.coodie4j.schema;

import org.jspecify.annotations.NullMarked;
