package dev.coodie4j.observe;

/** What kind of statement an operation ran. */
public enum OperationKind {
  SELECT, INSERT, UPDATE, DELETE, BATCH, OTHER;

  /** The kind of a CQL statement, by its first keyword. */
  public static OperationKind of(String cql) {
    int start = 0;
    while (start < cql.length() && Character.isWhitespace(cql.charAt(start))) {
      start++;
    }
    if (cql.regionMatches(true, start, "SELECT", 0, 6)) {
      return SELECT;
    }
    if (cql.regionMatches(true, start, "INSERT", 0, 6)) {
      return INSERT;
    }
    if (cql.regionMatches(true, start, "UPDATE", 0, 6)) {
      return UPDATE;
    }
    if (cql.regionMatches(true, start, "DELETE", 0, 6)) {
      return DELETE;
    }
    if (cql.regionMatches(true, start, "BEGIN", 0, 5)) {
      return BATCH;
    }
    return OTHER;
  }
}
