package dev.coodie4j.spring.boot;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.Mapper;
import dev.coodie4j.NamingStrategy;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/**
 * A {@link Mapper} over Boot's {@code CqlSession} (unless the application defines one), {@code EntityTable} beans for
 * the application's entities, and the startup schema work.
 */
@AutoConfiguration(afterName = {
    // Boot 3.5
    "org.springframework.boot.autoconfigure.cassandra.CassandraAutoConfiguration",
    "org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    // Boot 4.0, whose auto-configurations live in one module per technology
    "org.springframework.boot.cassandra.autoconfigure.CassandraAutoConfiguration",
    "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass({Mapper.class, DataStaxDriver.class, CqlSession.class})
@EnableConfigurationProperties(Coodie4jProperties.class)
public class Coodie4jAutoConfiguration {
  static final String INITIALIZER_BEAN = "coodie4jSchemaInitializer";

  @Bean
  static EntityTableRegistrar coodie4jEntityTableRegistrar() {
    return new EntityTableRegistrar();
  }

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean(CqlSession.class)
  Mapper coodie4jMapper(CqlSession session, Coodie4jProperties properties,
      ObjectProvider<MapperBuilderCustomizer> customizers) {
    Mapper.Builder builder = Mapper.builder(DataStaxDriver.of(session))
        .naming(switch (properties.getNamingStrategy()) {
          case SNAKE_CASE -> NamingStrategy.SNAKE_CASE;
          case LOWER_CASE -> NamingStrategy.LOWER_CASE;
          case AS_WRITTEN -> NamingStrategy.AS_WRITTEN;
        })
        .writeNulls(properties.isWriteNulls())
        .validation(properties.isValidation())
        .statementCacheSize(properties.getStatementCacheSize());
    if (properties.getKeyspace() != null) {
      builder.keyspace(properties.getKeyspace());
    }
    if (properties.getMaxRequestsInFlight() > 0) {
      builder.maxRequestsInFlight(properties.getMaxRequestsInFlight());
    }
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }

  @Bean(INITIALIZER_BEAN)
  @ConditionalOnBean(Mapper.class)
  SchemaInitializer coodie4jSchemaInitializer(Mapper mapper, Coodie4jProperties properties,
      @Qualifier(EntityTableRegistrar.ENTITIES_BEAN) EntityTableRegistrar.EntityClasses entities,
      ObjectProvider<StartupMigrations> migrations) {
    return new SchemaInitializer(mapper, entities.classes(), properties.getSchemaAction(),
        migrations.orderedStream().toList());
  }

  @Bean
  @DependsOn(INITIALIZER_BEAN)
  @ConditionalOnBean(Mapper.class)
  EntityTables coodie4jEntityTables(Mapper mapper,
      @Qualifier(EntityTableRegistrar.ENTITIES_BEAN) EntityTableRegistrar.EntityClasses entities) {
    return new EntityTables(mapper, entities.classes());
  }

  /** Boot's Bean Validation {@code Validator}, for the mapper's checks before writes. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "jakarta.validation.Validator")
  static class ValidatorConfiguration {
    @Bean
    MapperBuilderCustomizer coodie4jBootValidator(ObjectProvider<jakarta.validation.Validator> validator) {
      return builder -> validator.ifAvailable(builder::validator);
    }
  }

  /**
   * Micrometer meters (mapper-micrometer's {@code CoodieMetrics}) in the application's {@code MeterRegistry}, when
   * both are on the classpath and a registry bean exists: operation timers as a listener, statement-cache gauges once
   * the mapper is built.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"dev.coodie4j.micrometer.CoodieMetrics", "io.micrometer.core.instrument.MeterRegistry"})
  @ConditionalOnProperty(name = "coodie4j.metrics.enabled", havingValue = "true", matchIfMissing = true)
  static class MetricsConfiguration {
    @Bean
    MetricsBinding coodie4jMetrics(ObjectProvider<io.micrometer.core.instrument.MeterRegistry> registry,
        Coodie4jProperties properties) {
      return new MetricsBinding(registry, properties.getMetrics().getSlowThreshold());
    }

    @Bean
    static org.springframework.beans.factory.SmartInitializingSingleton coodie4jStatementCacheGauges(
        ObjectProvider<MetricsBinding> binding, ObjectProvider<Mapper> mapper) {
      return () -> binding.ifAvailable(b -> mapper.ifUnique(b::bindStatementCache));
    }
  }

  /** Migrations at startup, with mapper-migrations on the classpath. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "dev.coodie4j.migrations.MigrationRunner")
  @ConditionalOnProperty(name = "coodie4j.migrations.enabled", havingValue = "true", matchIfMissing = true)
  static class MigrationsConfiguration {
    @Bean
    StartupMigrations coodie4jStartupMigrations(ObjectProvider<Mapper> mapper, Coodie4jProperties properties) {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      return () -> mapper.ifAvailable(m -> new RunnerStartupMigrations(m, RunnerStartupMigrations.keyspaceOf(m,
          properties), List.copyOf(properties.getMigrations().getLocations()), loader).migrate());
    }
  }
}
