package dev.coodie4j.schema;

import org.jspecify.annotations.Nullable;

/**
 * A CQL collection: {@code list<e>}, {@code set<e>} or {@code map<k, v>}, frozen or not. Collections nested in a
 * collection are always frozen, as CQL requires.
 *
 * @param kind list, set or map
 * @param element the element type, or the key type of a map
 * @param value the value type of a map, null otherwise
 * @param frozen whether the collection is stored as one value
 */
public record CollectionType(Kind kind, DataType element, @Nullable DataType value, boolean frozen) implements DataType {
  /** The collection kinds. */
  public enum Kind {
    LIST, SET, MAP
  }

  @Override
  public String cql() {
    String inner = switch (kind) {
      case LIST -> "list<" + element.cql() + ">";
      case SET -> "set<" + element.cql() + ">";
      case MAP -> "map<" + element.cql() + ", " + value.cql() + ">";
    };
    return frozen ? "frozen<" + inner + ">" : inner;
  }

  @Override
  public String toString() {
    return cql();
  }
}
