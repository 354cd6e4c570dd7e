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
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static String escaped(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      boolean shown = !Character.isISOControl(c) && (!Character.isSurrogate(c) || pair
          || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))));
      if (!shown && out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (out != null) {
        if (shown) {
          out.append(c);
        } else {
          out.append(String.format("\\u%04X", (int) c));
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
