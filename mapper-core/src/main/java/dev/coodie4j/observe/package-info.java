/**
 * What the mapper reports of each operation it runs, for metrics and logs: {@link dev.coodie4j.observe.OperationListener}
 * receives an {@link dev.coodie4j.observe.OperationEvent} (table, kind, statement shape, latency, rows, outcome),
 * never the values bound. Register listeners with {@code Mapper.Builder.listener}.
 */
@NullMarked
package dev.coodie4j.observe;

import org.jspecify.annotations.NullMarked;
