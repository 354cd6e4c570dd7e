/**
 * The {@code coodie4j} command line: the operations of {@link dev.coodie4j.migrations.MigrationRunner} for shells and
 * CI pipelines, with exit codes they can act on ({@link dev.coodie4j.migrations.cli.ExitCodes}).
 */
@NullMarked
package dev.coodie4j.migrations.cli;

import org.jspecify.annotations.NullMarked;
