package dev.coodie4j.internal.api;

import dev.coodie4j.CoodieException;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.internal.check.UpdateSpec;
import dev.coodie4j.internal.execution.UpdateRunner;
import dev.coodie4j.query.PropertyRef;
import dev.coodie4j.update.Delete;
import java.util.List;
import java.util.Map;

public final class DefaultDelete<T> extends DefaultRowWrite<T, Delete<T>> implements Delete<T> {
  public DefaultDelete(UpdateRunner<T> runner, UpdateSpec spec, WriteOptions options) {
    super(runner, spec, options);
  }

  @Override
  String executeCall() {
    return "Delete.execute";
  }

  @Override
  Delete<T> copy(UpdateSpec nextSpec, WriteOptions nextOptions) {
    return new DefaultDelete<>(runner, nextSpec, nextOptions);
  }

  @Override
  public Delete<T> column(PropertyRef<T, ?> property) {
    return with(spec.withDeletion(runner.mapping(), indexOf(property), null));
  }

  @Override
  public <E> Delete<T> element(PropertyRef<T, List<E>> property, int index) {
    return with(spec.withDeletion(runner.mapping(), indexOf(property), index));
  }

  @Override
  public <K, V> Delete<T> entry(PropertyRef<T, Map<K, V>> property, K key) {
    if (key == null) {
      throw new CoodieException("a map key to delete must not be null");
    }
    return with(spec.withDeletion(runner.mapping(), indexOf(property), key));
  }
}
