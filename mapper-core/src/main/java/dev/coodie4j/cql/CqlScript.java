package dev.coodie4j.cql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Splits a CQL script into statements on {@code ;}, except inside string literals ({@code '...'} with {@code ''}
 * escapes, {@code $$...$$}), quoted identifiers ({@code "..."} with {@code ""} escapes) and comments ({@code --} and
 * {@code //} to the end of the line, {@code /* ... *}{@code /}). Comments are dropped from the statements; a
 * {@code BEGIN ... BATCH} statement runs on to its {@code APPLY BATCH}. Used by the test kit for init scripts and by migrations for .cql files.
 */
public final class CqlScript {

  private static final Pattern BATCH_START =
      Pattern.compile("(?is)^BEGIN\\s+((UNLOGGED|COUNTER)\\s+)?BATCH\\b.*");
  private static final Pattern BATCH_END = Pattern.compile("(?is).*\\bAPPLY\\s+BATCH\\s*$");

  /**
   * One statement of a script.
   *
   * @param number its position among the script's statements, from 1
   * @param line   the line of the script it starts on, from 1
   * @param cql    its text, trimmed, without comments and without the terminating {@code ;}
   */
  public record Statement(int number, int line, String cql) {
    public Statement {
      Objects.requireNonNull(cql, "cql");
    }
  }

  private CqlScript() {
  }

  /**
   * The statements of {@code script}, in order; blank ones (such as text after the last {@code ;} that holds only
   * comments) are skipped.
   *
   * @throws IllegalArgumentException if a string literal, quoted identifier or block comment is not closed
   */
  public static List<Statement> split(String script) {
    List<Statement> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int line = 1;
    int startLine = -1;
    int i = 0;
    int n = script.length();
    while (i < n) {
      char c = script.charAt(i);
      char next = i + 1 < n ? script.charAt(i + 1) : '\0';
      if ((c == '-' && next == '-') || (c == '/' && next == '/')) {
        int end = script.indexOf('\n', i);
        i = end < 0 ? n : end;
        continue;
      }
      if (c == '/' && next == '*') {
        int end = script.indexOf("*/", i + 2);
        if (end < 0) {
          throw new IllegalArgumentException("block comment opened on line " + line + " is not closed with */");
        }
        line += count(script, i, end, '\n');
        current.append(' ');
        i = end + 2;
        continue;
      }
      if (c == '\'' || c == '"' || (c == '$' && next == '$')) {
        if (startLine < 0) {
          startLine = line;
        }
        int end = closing(script, i, line);
        line += count(script, i, end, '\n');
        current.append(script, i, end);
        i = end;
        continue;
      }
      if (c == ';') {
        String cql = current.toString().strip();
        if (BATCH_START.matcher(cql).matches() && !BATCH_END.matcher(cql).matches()) {
          current.append(c);
          i++;
          continue;
        }
        add(statements, startLine, cql);
        current.setLength(0);
        startLine = -1;
        i++;
        continue;
      }
      if (c == '\n') {
        line++;
      } else if (startLine < 0 && !Character.isWhitespace(c)) {
        startLine = line;
      }
      current.append(c);
      i++;
    }
    add(statements, startLine, current.toString().strip());
    return statements;
  }

  private static void add(List<Statement> statements, int line, String cql) {
    if (!cql.isEmpty()) {
      statements.add(new Statement(statements.size() + 1, line, cql));
    }
  }

  /** The index just past the literal or quoted identifier opening at {@code start}. */
  private static int closing(String script, int start, int line) {
    if (script.charAt(start) == '$') {
      int end = script.indexOf("$$", start + 2);
      if (end < 0) {
        throw new IllegalArgumentException("$$ string opened on line " + line + " is not closed with $$");
      }
      return end + 2;
    }
    char quote = script.charAt(start);
    int i = start + 1;
    while (i < script.length()) {
      if (script.charAt(i) == quote) {
        if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
          i += 2; // '' or "" escapes the quote
          continue;
        }
        return i + 1;
      }
      i++;
    }
    throw new IllegalArgumentException((quote == '\'' ? "string literal" : "quoted identifier") + " opened on line "
        + line + " is not closed with " + quote);
  }

  private static int count(String text, int from, int to, char c) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        count++;
      }
    }
    return count;
  }
}
