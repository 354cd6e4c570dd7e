/**
 * Execution: the operations behind the public faces. They check their input, take the statement shape from
 * the {@code StatementCache} (prepared once per shape), bind the values and run them asynchronously; the blocking
 * faces join them through {@code Futures}.
 *
 * <p>Not API: classes here change without notice and are not for use outside mapper-core.
 */
package dev.coodie4j.internal.execution;
