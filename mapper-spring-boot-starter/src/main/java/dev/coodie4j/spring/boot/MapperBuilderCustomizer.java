package dev.coodie4j.spring.boot;

import dev.coodie4j.Mapper;

/** Changes the auto-configured {@link Mapper}'s builder after the {@code coodie4j.*} properties are applied. */
@FunctionalInterface
public interface MapperBuilderCustomizer {
  void customize(Mapper.Builder builder);
}
