/**
 * The migration runner's own parts: reading {@code .cql} scripts, finding migrations, the state and lock tables, the
 * context a migration runs in, and token-range scans. Not an API.
 */
@NullMarked
package dev.coodie4j.migrations.internal;

import org.jspecify.annotations.NullMarked;
