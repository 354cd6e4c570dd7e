package dev.coodie4j.testkit;

/** What the kit does to a test class's keyspace between its tests; see {@link CassandraTest#cleanup()}. */
public enum Cleanup {
  /** Nothing: tests of a class see each other's data (the default). */
  NONE,
  /**
   * After each test, {@code TRUNCATE} every table of the class's keyspace, as listed in {@code system_schema.tables}
   * (counter tables included; materialized views are not listed there and are emptied with their base table). The
   * schema stays; user types and indexes are untouched.
   */
  TRUNCATE_AFTER_EACH
}
