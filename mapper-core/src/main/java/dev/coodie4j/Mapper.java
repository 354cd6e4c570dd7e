package dev.coodie4j;

import dev.coodie4j.batch.Batch;
import dev.coodie4j.batch.BatchType;
import dev.coodie4j.cql.RawStatement;
import dev.coodie4j.internal.api.DefaultBatch;
import dev.coodie4j.internal.api.DefaultEntityTable;
import dev.coodie4j.internal.api.DefaultRawStatement;
import dev.coodie4j.internal.check.EntityValidator;
import dev.coodie4j.internal.execution.Futures;
import dev.coodie4j.internal.execution.MapperRuntime;
import dev.coodie4j.internal.execution.PagingTokens;
import dev.coodie4j.internal.execution.InFlightLimit;
import dev.coodie4j.internal.execution.StatementCache;
import dev.coodie4j.internal.execution.TableOperations;
import dev.coodie4j.internal.metadata.UserTypes;
import dev.coodie4j.internal.render.CqlRenderer;
import dev.coodie4j.internal.render.Names;
import dev.coodie4j.internal.sync.SchemaAgreement;
import dev.coodie4j.query.Page;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.schema.KeyspaceDefinition;
import dev.coodie4j.schema.SchemaDiff;
import dev.coodie4j.schema.SyncResult;
import dev.coodie4j.spi.CqlDriver;
import dev.coodie4j.table.EntityTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * The entry point: maps entity classes to tables on one driver session. Thread-safe; create one per session and share
 * it, since it holds the prepared statements.
 *
 * <pre>{@code
 * Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace("shop").build();
 * EntityTable<Product> products = mapper.table(Product.class);
 * }</pre>
 */
public final class Mapper {
  private final MapperRuntime runtime;
  private final ConcurrentMap<Class<?>, DefaultEntityTable<?>> tables = new ConcurrentHashMap<>();
  private final ConcurrentMap<Class<?>, String> createTypes = new ConcurrentHashMap<>();

  private Mapper(MapperRuntime runtime) {
    this.runtime = runtime;
  }

  /** A mapper with the default settings. */
  public static Mapper of(CqlDriver driver) {
    return builder(driver).build();
  }

  public static Builder builder(CqlDriver driver) {
    return new Builder(driver);
  }

  /** The table of an entity class; its definition is checked on first use, and a bad one throws. */
  @SuppressWarnings("unchecked")
  public <T> EntityTable<T> table(Class<T> entityClass) {
    DefaultEntityTable<?> table = tables.get(entityClass);
    if (table == null) {
      table = tables.computeIfAbsent(entityClass, type -> {
        TableOperations<T> operations = new TableOperations<>(entityClass, runtime);
        return new DefaultEntityTable<>(operations);
      });
    }
    return (EntityTable<T>) table;
  }

  private TableOperations<?> operations(Class<?> entityClass) {
    return ((DefaultEntityTable<?>) table(entityClass)).operations();
  }

  /**
   * A hand-written CQL statement with bound values, prepared once and cached like every other; see
   * {@link RawStatement}.
   */
  public RawStatement cql(String cql, @Nullable Object... values) {
    return new DefaultRawStatement(runtime.statements(), runtime.inFlight(), runtime.listeners(), cql, values, false,
        WriteOptions.defaults(), runtime.naming(),
        runtime.keyspace().orElse(null));
  }

  /** A new batch of writes of any entities of this mapper. */
  public Batch batch(BatchType type) {
    return new DefaultBatch(runtime.driver(), this::operations, type);
  }

  /** The metadata of an entity class, introspected once per class. */
  public <T> EntityModel<T> model(Class<T> entityClass) {
    return table(entityClass).model();
  }

  /**
   * Syncs several entities in dependency order (tables before the materialized views over them) and returns what each
   * sync did, in the order given.
   */
  public List<SyncResult> sync(Class<?>... entityClasses) {
    java.util.Map<Class<?>, SyncResult> results = new java.util.HashMap<>();
    List<Class<?>> ordered = new ArrayList<>(List.of(entityClasses));
    ordered.sort(java.util.Comparator.comparing(type -> model(type).viewOf().isPresent()));
    for (Class<?> type : ordered) {
      results.put(type, table(type).sync());
    }
    return java.util.Arrays.stream(entityClasses).map(results::get).toList();
  }

  /**
   * Compares every given entity with the live schema and changes nothing: for teams whose schema is owned by
   * migrations. Throws one {@link SchemaMismatchException} listing every difference of every entity (missing tables,
   * columns and indexes, other types, other primary keys); returns normally when all match.
   */
  public void validateSchema(Class<?>... entityClasses) {
    Futures.join(Futures.mayWait(runtime.driver()), validateSchemaAsync(entityClasses));
  }

  /**
   * How each entity's live table differs from it, changing nothing and refusing nothing: the CQL {@code sync} would
   * run, and the changes no statement can make in place. For writing migrations ({@code mapper-migrations} writes
   * them from this).
   */
  public List<SchemaDiff> schemaDiff(Class<?>... entityClasses) {
    Futures.Waiting allowed = Futures.mayWait(runtime.driver());
    List<CompletableFuture<SchemaDiff>> diffs = new ArrayList<>();
    for (Class<?> type : entityClasses) {
      diffs.add(Futures.attempt(() -> operations(type).schema().diff()).toCompletableFuture());
    }
    return diffs.stream().map(diff -> Futures.join(allowed, diff)).toList();
  }

  public CompletionStage<Void> validateSchemaAsync(Class<?>... entityClasses) {
    return Futures.attempt(() -> {
      List<CompletableFuture<String>> reports = new ArrayList<>();
      for (Class<?> type : entityClasses) {
        reports.add(operations(type).schema().differences().thenApply(differences -> differences.isEmpty() ? ""
            : type.getName() + ":\n    - " + String.join("\n    - ", differences)).toCompletableFuture());
      }
      return CompletableFuture.allOf(reports.toArray(CompletableFuture[]::new)).thenApply(ignored -> {
        List<String> failures = reports.stream().map(CompletableFuture::join).filter(r -> !r.isEmpty()).toList();
        if (!failures.isEmpty()) {
          throw new SchemaMismatchException("the live schema differs from " + failures.size() + " of "
              + entityClasses.length + " entities:\n  " + String.join("\n  ", failures));
        }
        return null;
      });
    });
  }

  /** Creates a keyspace if it does not exist and waits for schema agreement; returns the CQL run. */
  public String createKeyspace(KeyspaceDefinition keyspace) {
    return Futures.join(Futures.mayWait(runtime.driver()), createKeyspaceAsync(keyspace));
  }

  public CompletionStage<String> createKeyspaceAsync(KeyspaceDefinition keyspace) {
    return Futures.attempt(() -> schemaChange(keyspace.toCql()));
  }

  /** Drops a keyspace and all its data if it exists; returns the CQL run. */
  public String dropKeyspace(String keyspace) {
    return Futures.join(Futures.mayWait(runtime.driver()), dropKeyspaceAsync(keyspace));
  }

  public CompletionStage<String> dropKeyspaceAsync(String keyspace) {
    return Futures.attempt(() -> schemaChange(
        CqlRenderer.dropKeyspace(Names.requireSchemaName("dropKeyspace: keyspace", keyspace))));
  }

  private CompletionStage<String> schemaChange(String cql) {
    return SchemaAgreement.after(runtime.driver(), runtime.driver().executeSchemaChange(cql)).thenApply(ignored -> cql);
  }

  /**
   * The {@code CREATE TYPE IF NOT EXISTS} statement of a {@code @UserType} record in this mapper's keyspace (else the
   * session's), rendered once and cached; it sends nothing. {@code sync} creates the types an entity needs by itself.
   */
  public String createTypeCql(Class<?> userType) {
    String cql = createTypes.get(userType);
    if (cql == null) {
      String keyspace = runtime.keyspace().or(() -> runtime.driver().sessionKeyspace()).orElse(null);
      cql = createTypes.computeIfAbsent(userType, type -> UserTypes.createType(type, keyspace));
    }
    return cql;
  }

  /** The driver this mapper runs on. */
  public CqlDriver driver() {
    return runtime.driver();
  }

  /** How this mapper derives column and table names from Java names. */
  public NamingStrategy naming() {
    return runtime.naming();
  }

  /** The number of statement shapes currently prepared. */
  public long preparedStatementCount() {
    return runtime.statements().size();
  }

  /** The prepared-statement cache now: size, bound, hits, misses and evictions since the mapper was built. */
  public StatementCacheStats statementCacheStats() {
    return runtime.statements().stats();
  }

  /** Settings of a mapper. */
  public static final class Builder {
    private final CqlDriver driver;
    private String keyspace;
    private boolean writeNulls;
    private long statementCacheSize = 1_000;
    private int maxRequestsInFlight;
    private final List<dev.coodie4j.observe.OperationListener> listeners = new ArrayList<>();
    private boolean validation = true;
    private NamingStrategy naming = NamingStrategy.SNAKE_CASE;
    private jakarta.validation.Validator validator;
    private PagingTokens pagingTokens;

    private Builder(CqlDriver driver) {
      if (driver == null) {
        throw new CoodieException("Mapper.builder needs a driver, e.g. DataStaxDriver.of(session)");
      }
      this.driver = driver;
    }

    /** The keyspace of entities whose {@code @Table} names none; by default the session's keyspace. */
    public Builder keyspace(String keyspace) {
      this.keyspace = keyspace == null ? null : Names.requireSchemaName("Mapper.builder: keyspace", keyspace);
      return this;
    }

    /** Whether writes set null properties to null (deleting what the columns held) by default; false by default. */
    public Builder writeNulls(boolean writeNulls) {
      this.writeNulls = writeNulls;
      return this;
    }

    /**
     * The most requests this mapper keeps in flight (default 0: no bound of its own). A call that would exceed it,
     * sync or async, waits in the calling thread until a request completes, so a loop of async writes runs at the
     * cluster's pace with bounded memory. A call made on a driver I/O thread (in a callback) never waits and is sent
     * beyond the bound. Pages fetched while iterating a query are not counted.
     */
    public Builder maxRequestsInFlight(int maxRequestsInFlight) {
      if (maxRequestsInFlight < 0) {
        throw new CoodieException("maxRequestsInFlight must be 0 (no bound) or more, got " + maxRequestsInFlight);
      }
      this.maxRequestsInFlight = maxRequestsInFlight;
      return this;
    }

    /** The most statement shapes kept prepared (default 1000); the least recently used beyond it are dropped. */
    public Builder statementCacheSize(long statementCacheSize) {
      if (statementCacheSize < 1) {
        throw new CoodieException("statementCacheSize must be at least 1, got " + statementCacheSize);
      }
      this.statementCacheSize = statementCacheSize;
      return this;
    }

    /** How table and column names follow from Java names where annotations do not say; snake_case by default. */
    public Builder naming(NamingStrategy naming) {
      if (naming == null) {
        throw new CoodieException("the naming strategy must not be null; NamingStrategy.SNAKE_CASE is the default");
      }
      this.naming = naming;
      return this;
    }

    /**
     * Whether entities are checked against their Bean Validation constraints before every write (default true;
     * entities without constraints cost nothing).
     */
    public Builder validation(boolean validation) {
      this.validation = validation;
      return this;
    }

    /** The Bean Validation validator to use instead of the default Hibernate Validator. */
    public Builder validator(jakarta.validation.Validator validator) {
      if (validator == null) {
        throw new CoodieException("the validator must not be null; use validation(false) to switch validation off");
      }
      this.validator = validator;
      return this;
    }

    /**
     * Tells the listener of every statement a table operation sends (get, save, insert, update, delete, a query's
     * first page, each {@code page}), with its table, kind, statement shape, latency, rows and outcome, never its
     * values. A batch is one event (table {@code "batch"}), a raw statement one (table {@code "cql"}); the later
     * pages an iterator fetches are not reported. With no listener (the default), nothing is measured.
     */
    public Builder listener(dev.coodie4j.observe.OperationListener listener) {
      if (listener == null) {
        throw new CoodieException("Mapper.Builder.listener: the listener is null");
      }
      listeners.add(listener);
      return this;
    }

    /**
     * The secret that signs paging tokens ({@link Page#pagingState()}), at least 16 bytes. Give every instance of a
     * service the same key, kept like any other secret, so that a token handed out by one instance resumes on another
     * and after a restart. By default each mapper signs with a random key of its own.
     */
    public Builder pagingTokenKey(byte[] key) {
      this.pagingTokens = new PagingTokens(key);
      return this;
    }

    public Mapper build() {
      Optional<EntityValidator> entityValidator = !validation ? Optional.empty()
          : Optional.of(validator == null ? EntityValidator.withDefaultValidator() : EntityValidator.of(validator));
      return new Mapper(new MapperRuntime(driver, new StatementCache(driver, statementCacheSize), writeNulls,
          Optional.ofNullable(keyspace), entityValidator, naming,
          pagingTokens == null ? PagingTokens.withRandomKey() : pagingTokens,
          maxRequestsInFlight == 0 ? null : new InFlightLimit(maxRequestsInFlight, driver),
          dev.coodie4j.internal.execution.Listeners.of(listeners)));
    }
  }
}
