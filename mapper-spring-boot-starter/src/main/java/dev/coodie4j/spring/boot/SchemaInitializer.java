package dev.coodie4j.spring.boot;

import dev.coodie4j.Mapper;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;

/**
 * At startup, before any {@code EntityTable} bean is handed out: migrations (when present), then the schema action
 * on the scanned entities. A failure fails startup with the mapper's error, which names the entity.
 */
final class SchemaInitializer implements InitializingBean {
  private static final System.Logger LOG = System.getLogger("dev.coodie4j.spring.boot");

  private final Mapper mapper;
  private final List<Class<?>> entities;
  private final Coodie4jProperties.SchemaAction action;
  private final List<StartupMigrations> migrations;

  SchemaInitializer(Mapper mapper, List<Class<?>> entities, Coodie4jProperties.SchemaAction action,
      List<StartupMigrations> migrations) {
    this.mapper = mapper;
    this.entities = entities;
    this.action = action;
    this.migrations = migrations;
  }

  @Override
  public void afterPropertiesSet() {
    migrations.forEach(StartupMigrations::migrate);
    Class<?>[] classes = entities.toArray(Class<?>[]::new);
    switch (action) {
      case SYNC -> {
        mapper.sync(classes);
        LOG.log(System.Logger.Level.INFO, "coodie4j synced {0} entities at startup", classes.length);
      }
      case VALIDATE -> mapper.validateSchema(classes);
      case NONE -> { }
    }
  }
}
