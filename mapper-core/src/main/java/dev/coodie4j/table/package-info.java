/**
 * One entity class's table: {@link dev.coodie4j.table.EntityTable} (blocking) and
 * {@link dev.coodie4j.table.AsyncEntityTable} (the same operations as {@code CompletionStage}s), from
 * {@code mapper.table(Product.class)}, and the outcome of a lightweight transaction,
 * {@link dev.coodie4j.table.LwtResult}. Both faces are interfaces, so a unit test can stand in its own.
 */
@NullMarked
package dev.coodie4j.table;

import org.jspecify.annotations.NullMarked;
