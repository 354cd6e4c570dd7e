package dev.coodie4j.observe;

import org.jspecify.annotations.Nullable;

/**
 * One operation the mapper ran: one statement sent (or one batch). It carries no bound value, so it can be logged or
 * turned into metrics without leaking data.
 *
 * @param table the table (or view) name, unquoted; for a batch or raw CQL, {@code "batch"} or {@code "cql"}
 * @param kind the statement's kind
 * @param shape the statement's shape: the hash of its CQL text, equal for every execution of one shape
 * @param latencyNanos from the call to the server's answer (the first page, for a query)
 * @param rows rows in the answer's first page; 0 for writes
 * @param outcome how it ended
 * @param failure the simple class name of the exception the caller got (a {@code CoodieException} subclass), or null
 */
public record OperationEvent(String table, OperationKind kind, int shape, long latencyNanos, int rows,
    OperationOutcome outcome, @Nullable String failure) {}
