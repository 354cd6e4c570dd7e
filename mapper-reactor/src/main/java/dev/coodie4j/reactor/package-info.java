/**
 * Project Reactor types over a table's asynchronous operations: {@link dev.coodie4j.reactor.ReactorTable} gives
 * {@code Mono} for single reads and writes and {@code Flux} for queries and bulk saves, with Reactor's backpressure.
 */
package dev.coodie4j.reactor;
