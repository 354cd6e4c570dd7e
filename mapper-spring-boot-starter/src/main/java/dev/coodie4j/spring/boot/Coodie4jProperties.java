package dev.coodie4j.spring.boot;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code coodie4j.*} properties. */
@ConfigurationProperties("coodie4j")
public class Coodie4jProperties {
  /** What to do with the entities' tables at startup. */
  public enum SchemaAction {
    /** Create tables, types, indexes and views, and add missing columns ({@code mapper.sync}). */
    SYNC,
    /** Fail startup when the live schema differs from the entities ({@code mapper.validateSchema}). */
    VALIDATE,
    /** Leave the schema alone. */
    NONE
  }

  /** How table and column names follow from class and property names. */
  public enum Naming {
    SNAKE_CASE, LOWER_CASE, AS_WRITTEN
  }

  /** The keyspace of the entities; default: spring.cassandra.keyspace-name, the session's keyspace. */
  private @Nullable String keyspace;

  /** How names are derived from classes and properties. */
  private Naming namingStrategy = Naming.SNAKE_CASE;

  /** Whether null properties are written as nulls (tombstones) instead of being left unset. */
  private boolean writeNulls = false;

  /** Whether entities are validated with Bean Validation (Boot's Validator) before every write. */
  private boolean validation = true;

  /** How many prepared statements the mapper keeps, by statement shape. */
  private long statementCacheSize = 1000;

  /** The most requests in flight; beyond it a call waits for a slot (0: no bound). */
  private int maxRequestsInFlight = 0;

  /** What to do with the entities' tables at startup: sync, validate or none. */
  private SchemaAction schemaAction = SchemaAction.SYNC;

  /** Packages scanned for @Table and @MaterializedView classes; default: the application's packages. */
  private List<String> entityPackages = new ArrayList<>();

  private final Migrations migrations = new Migrations();

  private final Metrics metrics = new Metrics();

  /** Micrometer meters, with mapper-micrometer on the classpath and a MeterRegistry bean. */
  public static class Metrics {
    /** Whether to time every operation and gauge the statement cache in the application's MeterRegistry. */
    private boolean enabled = true;

    /** Log operations at least this slow on dev.coodie4j.slow; 0 logs none. */
    private java.time.Duration slowThreshold = java.time.Duration.ZERO;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public java.time.Duration getSlowThreshold() {
      return slowThreshold;
    }

    public void setSlowThreshold(java.time.Duration slowThreshold) {
      this.slowThreshold = slowThreshold;
    }
  }

  /** Migrations at startup, with mapper-migrations on the classpath. */
  public static class Migrations {
    /** Whether to apply pending migrations at startup, before the schema action. */
    private boolean enabled = true;

    /** Where the .cql migrations are: classpath:PATH or a directory. */
    private List<String> locations = new ArrayList<>(List.of("classpath:db/migrations"));

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public List<String> getLocations() {
      return locations;
    }

    public void setLocations(List<String> locations) {
      this.locations = locations;
    }
  }

  public @Nullable String getKeyspace() {
    return keyspace;
  }

  public void setKeyspace(@Nullable String keyspace) {
    this.keyspace = keyspace;
  }

  public Naming getNamingStrategy() {
    return namingStrategy;
  }

  public void setNamingStrategy(Naming namingStrategy) {
    this.namingStrategy = namingStrategy;
  }

  public boolean isWriteNulls() {
    return writeNulls;
  }

  public void setWriteNulls(boolean writeNulls) {
    this.writeNulls = writeNulls;
  }

  public boolean isValidation() {
    return validation;
  }

  public void setValidation(boolean validation) {
    this.validation = validation;
  }

  public long getStatementCacheSize() {
    return statementCacheSize;
  }

  public void setStatementCacheSize(long statementCacheSize) {
    this.statementCacheSize = statementCacheSize;
  }

  public int getMaxRequestsInFlight() {
    return maxRequestsInFlight;
  }

  public void setMaxRequestsInFlight(int maxRequestsInFlight) {
    this.maxRequestsInFlight = maxRequestsInFlight;
  }

  public SchemaAction getSchemaAction() {
    return schemaAction;
  }

  public void setSchemaAction(SchemaAction schemaAction) {
    this.schemaAction = schemaAction;
  }

  public List<String> getEntityPackages() {
    return entityPackages;
  }

  public void setEntityPackages(List<String> entityPackages) {
    this.entityPackages = entityPackages;
  }

  public Migrations getMigrations() {
    return migrations;
  }

  public Metrics getMetrics() {
    return metrics;
  }
}
