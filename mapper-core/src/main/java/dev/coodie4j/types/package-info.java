/**
 * Java types for column values that have no JDK counterpart ({@link dev.coodie4j.types.CqlDuration}) and
 * {@link dev.coodie4j.types.ColumnConverter}, the conversion a {@code @Convert} or {@code @ConvertedBy} annotation
 * names.
 */
@NullMarked
package dev.coodie4j.types;

import org.jspecify.annotations.NullMarked;
