package dev.coodie4j.types;

/**
 * Maps a Java type of your own to a type coodie4j stores, once for every property of that type: annotate the type
 * with {@link dev.coodie4j.annotation.ConvertedBy} (then it applies everywhere, inside collections too) or a property
 * with {@link dev.coodie4j.annotation.Convert}. Implementations need a no-arg constructor and must be thread-safe.
 *
 * @param <J> your type
 * @param <C> the stored type: one with a CQL mapping, such as {@code BigDecimal}, {@code String} or {@code Long}
 */
public interface ColumnConverter<J, C> {
  /** The stored type. */
  Class<C> columnType();

  /** Your value as stored; never called with null. */
  C toColumn(J value);

  /** The stored value as yours; never called with null. */
  J fromColumn(C value);
}
