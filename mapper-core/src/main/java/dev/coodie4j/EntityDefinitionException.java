package dev.coodie4j;

/** An entity class cannot be mapped; thrown at its first use, with the class, the property and the fix. */
public final class EntityDefinitionException extends CoodieException {
  private static final long serialVersionUID = 1L;

  public EntityDefinitionException(Class<?> entityClass, String problem) {
    super(entityClass.getName() + ": " + problem);
  }

  public EntityDefinitionException(Class<?> entityClass, String problem, Throwable cause) {
    super(entityClass.getName() + ": " + problem, cause);
  }
}
