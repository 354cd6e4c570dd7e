package dev.coodie4j;

/** The root of every exception coodie4j throws. Messages name the offending class, property, column or value. */
public class CoodieException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CoodieException(String message) {
    super(message);
  }

  public CoodieException(String message, Throwable cause) {
    super(message, cause);
  }
}
