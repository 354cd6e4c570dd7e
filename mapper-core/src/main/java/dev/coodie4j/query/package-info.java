/**
 * Queries on one table: {@link dev.coodie4j.query.Query} (immutable, from {@code table.query()}), its
 * non-blocking terminals {@link dev.coodie4j.query.AsyncQuery}, pages, property references such as
 * {@code Product::brand}, and {@link dev.coodie4j.query.Condition}, the comparison used both by {@code where(...)}
 * restrictions and by {@code onlyIf(...)} conditions.
 */
@NullMarked
package dev.coodie4j.query;

import org.jspecify.annotations.NullMarked;
