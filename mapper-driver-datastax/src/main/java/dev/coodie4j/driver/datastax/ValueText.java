package dev.coodie4j.driver.datastax;

/**
 * Values as messages show them: quoted text, shortened when long, with control characters and lone surrogates
 * written as {@code \\uXXXX}, so that a message stays printable and shows the character at fault.
 */
final class ValueText {
  private static final int LIMIT = 80;

  private ValueText() {}

  static String show(Object value) {
    String text = value instanceof CharSequence ? "'" + value + "'" : String.valueOf(value);
    return escaped(text.length() <= LIMIT ? text : text.substring(0, LIMIT) + "...");
  }

  /** The index of the first lone surrogate in the text, which UTF-8 cannot encode; -1 if it has none. */
  static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i += isPair(text, i) ? 2 : 1) {
      if (Character.isSurrogate(text.charAt(i)) && !isPair(text, i)) {
        return i;
      }
    }
    return -1;
  }

  /** A character as a Java escape, backslash, u and four hex digits. */
  static String unicode(char c) {
    return String.format("\\u%04X", (int) c);
  }

  private static boolean isPair(String text, int i) {
    return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1));
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isPair(text, i)) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isISOControl(c) || Character.isSurrogate(c)) {
        out.append(unicode(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
