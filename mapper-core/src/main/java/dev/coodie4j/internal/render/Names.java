package dev.coodie4j.internal.render;

/** Identifier helpers. */
public final class Names {
  private Names() {}

  /** {@code HTTPRequest} -> {@code http_request}, {@code userId} -> {@code user_id}, {@code item2Name} -> {@code item2_name}. */
  public static String snakeCase(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean afterLowerOrDigit = i > 0 && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1)));
        boolean endsAcronym = i > 0 && Character.isUpperCase(name.charAt(i - 1))
            && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        if (afterLowerOrDigit || endsAcronym) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A CQL identifier, always quoted so that reserved words and mixed case keep their meaning. */
  public static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  private static final java.util.regex.Pattern SCHEMA_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_]{1,48}");

  /**
   * Checks a keyspace or table name: Cassandra accepts letters, digits and underscores, at most 48 of them, even when
   * the name is quoted.
   *
   * @param what {@code keyspace} or {@code table}, with where the name comes from, for the message
   * @return the name
   */
  public static String requireSchemaName(String what, String name) {
    if (name == null || !SCHEMA_NAME.matcher(name).matches()) {
      throw new dev.coodie4j.CoodieException(what + " name " + (name == null ? "null" : "'" + name + "'")
          + " cannot be a CQL name: Cassandra takes 1 to 48 letters, digits and underscores (e.g. '"
          + (name == null ? "shop" : name.replaceAll("[^A-Za-z0-9_]", "_")) + "')");
    }
    return name;
  }
}
