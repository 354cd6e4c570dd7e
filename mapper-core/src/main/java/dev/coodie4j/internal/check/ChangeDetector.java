package dev.coodie4j.internal.check;

import dev.coodie4j.CoodieException;
import dev.coodie4j.internal.check.UpdateSpec.Kind;
import dev.coodie4j.internal.metadata.EntityMapping;
import dev.coodie4j.schema.CollectionType;
import dev.coodie4j.schema.ColumnModel;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Turns the difference between a column's old and new value into the smallest assignment that makes it. */
public final class ChangeDetector {
  private ChangeDetector() {}

  public static UpdateSpec change(UpdateSpec update, EntityMapping<?> mapping, int column, Object old, Object now) {
    ColumnModel c = mapping.model().columns().get(column);
    if (equal(old, now)) {
      return update;
    }
    if (c.isMultiCell()) {
      return collectionChange(update, mapping, column, ((CollectionType) c.type()).kind(), old, now);
    }
    return update.withAssignment(mapping, column, Kind.SET, now, null);
  }

  private static UpdateSpec collectionChange(UpdateSpec update, EntityMapping<?> mapping, int column,
      CollectionType.Kind kind, Object old, Object now) {
    if (isEmpty(now)) {
      return update.withAssignment(mapping, column, Kind.SET, null, null);
    }
    if (isEmpty(old)) {
      return update.withAssignment(mapping, column, Kind.SET, now, null);
    }
    switch (kind) {
      case LIST -> {
        List<?> before = (List<?>) old;
        List<?> after = (List<?>) now;
        if (after.size() > before.size() && after.subList(0, before.size()).equals(before)) {
          return update.withAssignment(mapping, column, Kind.APPEND, after.subList(before.size(), after.size()), null);
        }
        if (after.size() > before.size() && after.subList(after.size() - before.size(), after.size()).equals(before)) {
          return update.withAssignment(mapping, column, Kind.PREPEND, after.subList(0, after.size() - before.size()), null);
        }
        return update.withAssignment(mapping, column, Kind.SET, now, null);
      }
      case SET -> {
        Set<Object> added = new LinkedHashSet<>((Collection<?>) now);
        added.removeAll((Collection<?>) old);
        Set<Object> removed = new LinkedHashSet<>((Collection<?>) old);
        removed.removeAll((Collection<?>) now);
        // one column takes one assignment: both directions at once are a replacement
        if (!added.isEmpty() && !removed.isEmpty()) {
          return update.withAssignment(mapping, column, Kind.SET, now, null);
        }
        return added.isEmpty()
            ? update.withAssignment(mapping, column, Kind.REMOVE, removed, null)
            : update.withAssignment(mapping, column, Kind.APPEND, added, null);
      }
      case MAP -> {
        Map<?, ?> before = (Map<?, ?>) old;
        Map<?, ?> after = (Map<?, ?>) now;
        Map<Object, Object> put = new LinkedHashMap<>();
        after.forEach((k, v) -> {
          if (!Objects.equals(before.get(k), v) || !before.containsKey(k)) {
            put.put(k, v);
          }
        });
        Set<Object> removed = new LinkedHashSet<>(before.keySet());
        removed.removeAll(after.keySet());
        if (!put.isEmpty() && !removed.isEmpty()) {
          return update.withAssignment(mapping, column, Kind.SET, now, null);
        }
        return put.isEmpty()
            ? update.withAssignment(mapping, column, Kind.REMOVE, removed, null)
            : update.withAssignment(mapping, column, Kind.APPEND, put, null);
      }
      default -> throw new CoodieException(mapping.model().entityClass().getSimpleName() + ": saveChanges cannot diff column \""
          + mapping.model().columns().get(column).name() + "\", a " + kind);
    }
  }

  private static boolean isEmpty(Object value) {
    return value == null || value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty();
  }

  private static boolean equal(Object a, Object b) {
    if (a instanceof byte[] x && b instanceof byte[] y) {
      return Arrays.equals(x, y);
    }
    if (a instanceof float[] x && b instanceof float[] y) {
      return Arrays.equals(x, y);
    }
    if (isEmpty(a) && isEmpty(b) && (a instanceof Collection || a instanceof Map || b instanceof Collection
        || b instanceof Map)) {
      return true;
    }
    return Objects.equals(a, b);
  }
}
