package dev.coodie4j.driver.datastax;

/** Values as messages show them: quoted text, shortened when long. */
final class ValueText {
  private static final int LIMIT = 80;

  private ValueText() {}

  static String show(Object value) {
    String text = value instanceof CharSequence ? "'" + value + "'" : String.valueOf(value);
    return text.length() <= LIMIT ? text : text.substring(0, LIMIT) + "...";
  }
}
