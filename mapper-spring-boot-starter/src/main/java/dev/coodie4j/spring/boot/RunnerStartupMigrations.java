package dev.coodie4j.spring.boot;

import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.migrations.MigrationInfo;
import dev.coodie4j.migrations.MigrationRunner;
import java.util.List;

/** The migrations of {@code coodie4j.migrations.locations} (and the ServiceLoader's), applied under the lock. */
final class RunnerStartupMigrations implements StartupMigrations {
  private static final System.Logger LOG = System.getLogger("dev.coodie4j.spring.boot");

  private final Mapper mapper;
  private final String keyspace;
  private final List<String> locations;
  private final ClassLoader loader;

  RunnerStartupMigrations(Mapper mapper, String keyspace, List<String> locations, ClassLoader loader) {
    this.mapper = mapper;
    this.keyspace = keyspace;
    this.locations = locations;
    this.loader = loader;
  }

  @Override
  public void migrate() {
    MigrationRunner.Builder builder = MigrationRunner.builder(mapper, keyspace).classLoader(loader);
    locations.forEach(builder::location);
    MigrationRunner runner = builder.build();
    if (runner.migrations().isEmpty()) {
      LOG.log(System.Logger.Level.DEBUG, "no migrations at {0}", locations);
      return;
    }
    List<MigrationInfo> applied = runner.migrate();
    LOG.log(System.Logger.Level.INFO, "coodie4j applied {0} migration(s) to keyspace {1} at startup", applied.size(),
        keyspace);
  }

  static String keyspaceOf(Mapper mapper, Coodie4jProperties properties) {
    if (properties.getKeyspace() != null) {
      return properties.getKeyspace();
    }
    return mapper.driver().sessionKeyspace().orElseThrow(() -> new CoodieException("coodie4j.migrations needs a "
        + "keyspace: set coodie4j.keyspace or spring.cassandra.keyspace-name"));
  }
}
