package dev.coodie4j;

/**
 * A snapshot of a mapper's prepared-statement cache ({@link Mapper#statementCacheStats()}), keyed by statement shape.
 * Evictions that keep growing under steady load mean more shapes are in use than the cache holds
 * ({@link Mapper.Builder#statementCacheSize(long)}): each evicted shape is prepared again on its next use.
 *
 * @param size the shapes prepared now
 * @param maximumSize the bound
 * @param hits look-ups that found their shape
 * @param misses look-ups that prepared their shape (the server was asked to prepare it)
 * @param evictions shapes dropped to stay within the bound
 */
public record StatementCacheStats(long size, long maximumSize, long hits, long misses, long evictions) {}
