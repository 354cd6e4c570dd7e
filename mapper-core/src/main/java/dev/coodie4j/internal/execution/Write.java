package dev.coodie4j.internal.execution;

import dev.coodie4j.WriteOptions;
import dev.coodie4j.spi.Binding;
import dev.coodie4j.spi.StatementSpec;
import java.util.function.Consumer;

/**
 * A write ready to be sent, alone or in a batch: its statement shape, its options and how to bind its values.
 *
 * @param table the table written
 * @param spec the statement shape
 * @param options the write's options
 * @param binder binds the values; may throw on invalid input, before anything is sent
 * @param conditional whether it is a lightweight transaction
 * @param counter whether it changes counters
 */
public record Write(TableOperations<?> table, CompiledStatement spec, WriteOptions options, Consumer<Binding> binder,
    boolean conditional, boolean counter) {}
