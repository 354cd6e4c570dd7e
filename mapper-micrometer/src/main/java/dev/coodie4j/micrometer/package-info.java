/**
 * coodie4j's metrics through Micrometer: {@link dev.coodie4j.micrometer.CoodieMetrics} times every operation (tags
 * {@code table}, {@code kind}, {@code outcome}: bounded by the entities and statement kinds), exposes the statement
 * cache's size, hits, misses and evictions, and logs operations slower than a threshold.
 */
@NullMarked
package dev.coodie4j.micrometer;

import org.jspecify.annotations.NullMarked;
