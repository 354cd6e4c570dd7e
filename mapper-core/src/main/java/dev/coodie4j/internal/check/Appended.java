package dev.coodie4j.internal.check;

import java.util.List;

/** Immutable lists one element longer, as the fluent specs grow them, copied once. */
final class Appended {
  private Appended() {}

  /** An unmodifiable copy of {@code list} with {@code element} added at the end. */
  @SuppressWarnings("unchecked")
  static <E> List<E> to(List<E> list, E element) {
    if (list.isEmpty()) {
      return List.of(element);
    }
    Object[] elements = list.toArray(new Object[list.size() + 1]);
    elements[elements.length - 1] = element;
    return (List<E>) List.of(elements);
  }
}
