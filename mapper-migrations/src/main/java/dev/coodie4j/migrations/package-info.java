/**
 * Versioned schema migrations: {@link dev.coodie4j.migrations.Migration} classes and {@code V<version>__<name>.cql}
 * files, applied in version order, once across every instance, by a {@link dev.coodie4j.migrations.MigrationRunner}
 * that holds a lightweight-transaction lock and records each migration (checksum, outcome, who, when, how long) in a
 * state table of the target keyspace. A {@link dev.coodie4j.migrations.MigrationContext} gives a migration CQL, schema
 * checks, {@code sync} of entities and resumable token-range scans for backfills.
 */
@NullMarked
package dev.coodie4j.migrations;

import org.jspecify.annotations.NullMarked;
