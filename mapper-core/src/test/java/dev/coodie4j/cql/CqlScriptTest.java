package dev.coodie4j.cql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.cql.CqlScript.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class CqlScriptTest {

  private static List<String> cql(String script) {
    return CqlScript.split(script).stream().map(Statement::cql).toList();
  }

  @Test
  void splitsOnSemicolonsAndTrims() {
    assertEquals(List.of("CREATE TABLE a (id int PRIMARY KEY)", "INSERT INTO a (id) VALUES (1)"),
        cql("  CREATE TABLE a (id int PRIMARY KEY);\n\nINSERT INTO a (id) VALUES (1);\n"));
  }

  @Test
  void keepsALastStatementWithoutSemicolon() {
    assertEquals(List.of("SELECT * FROM a", "SELECT * FROM b"), cql("SELECT * FROM a; SELECT * FROM b"));
  }

  @Test
  void ignoresSemicolonsInStringLiteralsWithEscapedQuotes() {
    assertEquals(List.of("INSERT INTO a (id, s) VALUES (1, 'x; it''s; -- not a comment /* nor this */')", "SELECT 1"),
        cql("INSERT INTO a (id, s) VALUES (1, 'x; it''s; -- not a comment /* nor this */'); SELECT 1;"));
  }

  @Test
  void ignoresSemicolonsInQuotedIdentifiersAndDollarStrings() {
    assertEquals(List.of("CREATE TABLE \"odd;\"\"name\" (id int PRIMARY KEY)",
            "CREATE FUNCTION f (x int) RETURNS NULL ON NULL INPUT RETURNS int LANGUAGE java AS $$ return x; $$"),
        cql("CREATE TABLE \"odd;\"\"name\" (id int PRIMARY KEY);\n"
            + "CREATE FUNCTION f (x int) RETURNS NULL ON NULL INPUT RETURNS int LANGUAGE java AS $$ return x; $$;"));
  }

  @Test
  void dropsLineAndBlockCommentsIncludingTheirSemicolons() {
    String script = "-- schema; for the catalog\n"
        + "CREATE TABLE a (id int PRIMARY KEY); // trailing; comment\n"
        + "/* a block;\n   over lines; */ INSERT INTO a (id) VALUES (2);\n"
        + "-- only a comment after the last statement;\n";
    assertEquals(List.of("CREATE TABLE a (id int PRIMARY KEY)", "INSERT INTO a (id) VALUES (2)"), cql(script));
  }

  @Test
  void numbersStatementsAndRemembersTheirFirstLine() {
    List<Statement> statements = CqlScript.split("-- header\n\nSELECT 1;\n'a\nb';\n\n  SELECT\n 3;");
    assertEquals(List.of(new Statement(1, 3, "SELECT 1"), new Statement(2, 4, "'a\nb'"), new Statement(3, 7, "SELECT\n 3")),
        statements);
  }

  @Test
  void keepsABatchTogetherUntilApplyBatch() {
    assertEquals(List.of("BEGIN UNLOGGED BATCH\n INSERT INTO a (id) VALUES (1);\n INSERT INTO a (id) VALUES (2);\nAPPLY BATCH",
            "SELECT * FROM a"),
        cql("BEGIN UNLOGGED BATCH\n INSERT INTO a (id) VALUES (1);\n INSERT INTO a (id) VALUES (2);\nAPPLY BATCH;\n"
            + "SELECT * FROM a;"));
  }

  @Test
  void anEmptyOrCommentOnlyScriptHasNoStatements() {
    assertEquals(List.of(), cql(""));
    assertEquals(List.of(), cql(" ;; -- nothing\n/* here */ ;"));
  }

  @Test
  void refusesUnclosedLiteralsAndCommentsNamingTheLine() {
    IllegalArgumentException string = assertThrows(IllegalArgumentException.class,
        () -> CqlScript.split("SELECT 1;\nINSERT INTO a (s) VALUES ('open;"));
    assertEquals("string literal opened on line 2 is not closed with '", string.getMessage());
    IllegalArgumentException identifier = assertThrows(IllegalArgumentException.class,
        () -> CqlScript.split("SELECT \"x FROM a;"));
    assertTrue(identifier.getMessage().startsWith("quoted identifier opened on line 1"), identifier.getMessage());
    IllegalArgumentException comment = assertThrows(IllegalArgumentException.class,
        () -> CqlScript.split("SELECT 1;\n\n/* never closed; "));
    assertEquals("block comment opened on line 3 is not closed with */", comment.getMessage());
  }
}
