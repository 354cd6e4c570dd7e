package dev.coodie4j.migrations.internal;

import dev.coodie4j.cql.CqlScript;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A {@code .cql} migration's statements, each with the line it starts on, and whether the file declares itself
 * destructive with a comment line {@code -- coodie4j: destructive}; and what kind of statement a statement is.
 */
public record MigrationScript(List<CqlScript.Statement> statements, boolean declaredDestructive) {
  private static final Pattern DESTRUCTIVE_MARK = Pattern.compile("(?im)^\\s*(--|//)\\s*coodie4j:\\s*destructive\\s*$");
  private static final Pattern DESTRUCTIVE = Pattern.compile(
      "(?is)^(DROP\\s.*|TRUNCATE\\s.*|ALTER\\s+(TABLE|TYPE|MATERIALIZED\\s+VIEW)\\s+\\S+\\s+(DROP|RENAME)\\s.*)");
  private static final Pattern SCHEMA_CHANGE = Pattern.compile("(?is)^(CREATE|ALTER|DROP)\\s.*");

  public MigrationScript {
    statements = List.copyOf(statements);
  }

  /** Reads a script; an unclosed string or comment is refused naming the file and line. */
  public static MigrationScript parse(String text, String file) {
    try {
      return new MigrationScript(CqlScript.split(text), DESTRUCTIVE_MARK.matcher(text).find());
    } catch (IllegalArgumentException unclosed) {
      throw new dev.coodie4j.migrations.MigrationException("cannot read the migration " + file + ": "
          + unclosed.getMessage(), unclosed);
    }
  }

  /** Whether a statement drops or truncates something (DROP, TRUNCATE, ALTER ... DROP or RENAME). */
  public static boolean isDestructive(String cql) {
    return DESTRUCTIVE.matcher(cql.strip()).matches();
  }

  /** Whether a statement changes the schema (CREATE, ALTER, DROP). */
  public static boolean isSchemaChange(String cql) {
    return SCHEMA_CHANGE.matcher(cql.strip()).matches();
  }
}
