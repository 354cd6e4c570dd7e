package dev.coodie4j.spring.boot;

import dev.coodie4j.Mapper;
import dev.coodie4j.micrometer.CoodieMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Adds mapper-micrometer's {@link CoodieMetrics} to the auto-configured mapper when the application has a
 * {@link MeterRegistry}, and binds the statement-cache gauges once that mapper exists.
 */
final class MetricsBinding implements MapperBuilderCustomizer {
  private final ObjectProvider<MeterRegistry> registry;
  private final Duration slowThreshold;
  private volatile CoodieMetrics metrics;

  MetricsBinding(ObjectProvider<MeterRegistry> registry, Duration slowThreshold) {
    this.registry = registry;
    this.slowThreshold = slowThreshold;
  }

  @Override
  public void customize(Mapper.Builder builder) {
    registry.ifUnique(r -> {
      metrics = CoodieMetrics.builder(r).slowThreshold(slowThreshold).build();
      builder.listener(metrics);
    });
  }

  void bindStatementCache(Mapper mapper) {
    CoodieMetrics bound = metrics;
    if (bound != null) {
      bound.bindStatementCache(mapper);
    }
  }
}
