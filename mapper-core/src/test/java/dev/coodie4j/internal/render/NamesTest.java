package dev.coodie4j.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void snakeCaseSplitsWordsAndAcronyms() {
    assertEquals("http_request", Names.snakeCase("HTTPRequest"));
    assertEquals("user_id", Names.snakeCase("userId"));
    assertEquals("product", Names.snakeCase("Product"));
    assertEquals("my_url_parser", Names.snakeCase("myURLParser"));
    assertEquals("item2_name", Names.snakeCase("item2Name"));
    assertEquals("url", Names.snakeCase("URL"));
    assertEquals("already_snake", Names.snakeCase("already_snake"));
  }

  @Test
  void quoteDoublesEmbeddedQuotes() {
    assertEquals("\"select\"", Names.quote("select"));
    assertEquals("\"a\"\"b\"", Names.quote("a\"b"));
  }
}
