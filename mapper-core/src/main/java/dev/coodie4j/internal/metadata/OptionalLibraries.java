package dev.coodie4j.internal.metadata;

/** Which optional dependencies (Jackson, Hibernate Validator) the user put on the classpath. */
public final class OptionalLibraries {
  private OptionalLibraries() {}

  /** Whether the class can be loaded, without initializing it. */
  public static boolean present(String className) {
    try {
      Class.forName(className, false, OptionalLibraries.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
