package dev.coodie4j;

import dev.coodie4j.internal.render.Names;
import java.util.Locale;

/**
 * How table and column names follow from class and property names when {@code @Table(name)} and {@code @Column} do
 * not give them; set per mapper with {@code Mapper.Builder.naming}. Implementations must be stateless: each strategy
 * instance keeps its own introspected metadata, so share one instance.
 */
public interface NamingStrategy {
  /** {@code HTTPRequest} -> {@code http_request}, {@code userId} -> {@code user_id}: the default. */
  NamingStrategy SNAKE_CASE = new NamingStrategy() {
    @Override
    public String tableName(Class<?> entity) {
      return Names.snakeCase(entity.getSimpleName());
    }

    @Override
    public String columnName(String property) {
      return Names.snakeCase(property);
    }

    @Override
    public String toString() {
      return "SNAKE_CASE";
    }
  };

  /** {@code HTTPRequest} -> {@code httprequest}, {@code userId} -> {@code userid}: as unquoted CQL would fold them. */
  NamingStrategy LOWER_CASE = new NamingStrategy() {
    @Override
    public String tableName(Class<?> entity) {
      return entity.getSimpleName().toLowerCase(Locale.ROOT);
    }

    @Override
    public String columnName(String property) {
      return property.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
      return "LOWER_CASE";
    }
  };

  /** The Java names exactly, case kept ({@code "userId"}); always quoted in CQL. */
  NamingStrategy AS_WRITTEN = new NamingStrategy() {
    @Override
    public String tableName(Class<?> entity) {
      return entity.getSimpleName();
    }

    @Override
    public String columnName(String property) {
      return property;
    }

    @Override
    public String toString() {
      return "AS_WRITTEN";
    }
  };

  /** The table of an entity class without {@code @Table(name)}. */
  String tableName(Class<?> entity);

  /** The column of a property without {@code @Column}. */
  String columnName(String property);
}
