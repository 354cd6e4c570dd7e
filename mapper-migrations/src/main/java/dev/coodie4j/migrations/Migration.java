package dev.coodie4j.migrations;

/**
 * One versioned change of the schema or the data, written in Java. Register it with
 * {@link MigrationRunner.Builder#add(Migration...)} or, to have it found on the classpath, list its class in
 * {@code META-INF/services/dev.coodie4j.migrations.Migration} (it then needs a public no-argument constructor).
 */
public interface Migration {
  /** The version: digits separated by {@code _} or {@code .}, compared part by part as numbers ({@code 2026_12_02_001}). */
  String version();

  /** What the migration does, in a few words. */
  String description();

  /** Applies the change. Every statement goes through the context, so that dry runs and the state table see it. */
  void upgrade(MigrationContext context) throws Exception;

  /** Whether the migration drops or truncates anything; a destructive statement in any other migration is refused. */
  default boolean destructive() {
    return false;
  }

  /**
   * The checksum recorded when the migration is applied and compared on every later run: by default the SHA-256 of
   * the class file, so that a changed migration is noticed. Override it (a constant, say) when the class is rebuilt
   * by another compiler without a change of meaning.
   */
  default String checksum() {
    return dev.coodie4j.migrations.internal.Checksums.ofClass(getClass());
  }
}
