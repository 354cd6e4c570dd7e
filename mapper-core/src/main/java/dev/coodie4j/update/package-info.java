/**
 * UPDATE and DELETE statements of one row or of the rows a query names: {@link dev.coodie4j.update.Update},
 * {@link dev.coodie4j.update.Delete} and what they share, {@link dev.coodie4j.update.RowWrite} (conditions, options,
 * execution). Immutable; nothing is sent until {@code execute()}.
 */
@NullMarked
package dev.coodie4j.update;

import org.jspecify.annotations.NullMarked;
