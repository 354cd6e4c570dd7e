package dev.coodie4j.internal.execution;

import dev.coodie4j.WriteOptions;
import dev.coodie4j.spi.Binding;
import java.util.function.Consumer;

/**
 * A write ready to be sent, alone or in a batch: its statement shape, its options, its values and how to bind them. It
 * binds itself ({@link #accept}), so sending it allocates no binder per call.
 *
 * @param table the table written
 * @param spec the statement shape
 * @param options the write's options
 * @param values what the binder binds: the entity, the key, or the update
 * @param binder binds the values; one per table and kind of write; may throw on invalid input, before anything is sent
 * @param conditional whether it is a lightweight transaction
 * @param counter whether it changes counters
 */
public record Write(TableOperations<?> table, CompiledStatement spec, WriteOptions options, Object values,
    ValueBinder binder, boolean conditional, boolean counter) implements Consumer<Binding> {

  /** Binds a write's values with its options: made once per table and kind of write, never per call. */
  @FunctionalInterface
  public interface ValueBinder {
    void bind(Object values, WriteOptions options, Binding binding);
  }

  /** Binds the values to {@code binding}. */
  @Override
  public void accept(Binding binding) {
    binder.bind(values, options, binding);
  }
}
