package dev.coodie4j.spring.boot;

/** Applies pending migrations at startup, before the schema action; present when mapper-migrations is. */
@FunctionalInterface
interface StartupMigrations {
  void migrate();
}
