package dev.coodie4j.testkit;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import dev.coodie4j.Mapper;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.schema.KeyspaceDefinition;
import dev.coodie4j.cql.CqlScript;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit 5 extension behind {@link CassandraTest}: one server per test JVM (see {@link TestServers} for how it is
 * chosen), a fresh keyspace (SimpleStrategy, replication factor 1) and mapper per test class, over the session shared
 * by the JVM or, for a class with a {@link SessionCustomizer}, over that customizer's own session.
 *
 * <p>Three ways to use it, one per class: {@code @CassandraTest(...)}; {@code @ExtendWith(CassandraExtension.class)},
 * which reads a {@code @CassandraTest} on the class if there is one; or a field built with {@link #builder()}:
 *
 * <pre>{@code
 * @RegisterExtension
 * static CassandraExtension cassandra = CassandraExtension.builder().cleanup(Cleanup.TRUNCATE_AFTER_EACH).build();
 * }</pre>
 *
 * whose {@link #session()}, {@link #mapper()} and {@link #keyspace()} serve the running test class. Parameters resolve
 * the same way in all three.
 */
public final class CassandraExtension implements BeforeAllCallback, AfterAllCallback, AfterEachCallback,
    ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CassandraExtension.class);
  private static final int MAX_KEYSPACE_NAME = 48;
  private static final Duration CLEANUP_TIMEOUT = Duration.ofSeconds(60);
  private static final Map<Object, CqlSession> CUSTOMIZED = new ConcurrentHashMap<>();
  private static CqlSession session;

  /** Where the settings come from: the class's {@code @CassandraTest}, or the builder. */
  private final Settings given;
  private volatile ClassState current;

  /** The extension {@code @CassandraTest} and {@code @ExtendWith} register: it reads {@link CassandraTest}. */
  public CassandraExtension() {
    this.given = null;
  }

  private CassandraExtension(Settings settings) {
    this.given = settings;
  }

  /** A builder for a {@code @RegisterExtension static} field; unset settings are the defaults of {@link CassandraTest}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The session shared by every test class of this JVM that has no customizer; closed when the JVM exits. */
  public static synchronized CqlSession sharedSession() {
    if (session == null) {
      CqlSession opened = TestServers.shared().newSession();
      closeAtExit(opened);
      session = opened;
    }
    return session;
  }

  /**
   * The session of the running test class: the shared one, or its customizer's.
   *
   * @throws IllegalStateException before the class has started or after it has finished
   */
  public CqlSession session() {
    return state("session()").session();
  }

  /**
   * The mapper of the running test class, over {@link #session()}, whose default keyspace is {@link #keyspace()}.
   *
   * @throws IllegalStateException before the class has started or after it has finished
   */
  public Mapper mapper() {
    return state("mapper()").mapper();
  }

  /**
   * The keyspace of the running test class.
   *
   * @throws IllegalStateException before the class has started or after it has finished
   */
  public TestKeyspace keyspace() {
    return state("keyspace()").keyspace();
  }

  /** The server of this JVM, started if needed. */
  public CassandraServer server() {
    return TestServers.shared();
  }

  private ClassState state(String accessor) {
    ClassState state = current;
    if (state == null) {
      throw new IllegalStateException("CassandraExtension." + accessor + " is only available while a test class runs"
          + " (from @BeforeAll on): call it from a test or lifecycle method, not from a field initializer or a static"
          + " block, and register the extension with @RegisterExtension on a static field (JUnit runs no class-level"
          + " callbacks for an instance field)");
    }
    return state;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    Object owner = store.getOrComputeIfAbsent(new Owner(testClass), key -> this);
    if (owner != this) {
      throw new IllegalStateException(testClass.getName() + " registers CassandraExtension twice (for instance"
          + " @CassandraTest and a @RegisterExtension field): keep one. To combine settings with a field, drop"
          + " @CassandraTest and use CassandraExtension.builder().session(...).cleanup(...).scripts(...)");
    }
    Settings settings = given != null ? given : Settings.of(testClass);
    CqlSession classSession = settings.customizer == null ? sharedSession() : customizedSession(settings, testClass);
    String keyspace = keyspaceName(testClass);
    Mapper mapper = Mapper.builder(DataStaxDriver.of(classSession)).keyspace(keyspace).build();
    mapper.createKeyspace(KeyspaceDefinition.named(keyspace).simpleStrategy(1));
    ClassState state = new ClassState(classSession, mapper, new TestKeyspace(keyspace), settings.cleanup);
    store.put(ClassState.class, state);
    current = state;
    for (String script : settings.scripts) {
      runScript(script, keyspace, testClass);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ClassState state = context.getStore(NAMESPACE).get(ClassState.class, ClassState.class);
    if (state == null || state.cleanup() != Cleanup.TRUNCATE_AFTER_EACH) {
      return;
    }
    String keyspace = state.keyspace().name();
    List<String> tables = new ArrayList<>();
    // the kit's timeout, whatever a customizer set: truncation waits for every replica to flush
    for (Row row : state.session().execute(SimpleStatement.newInstance(
        "SELECT table_name FROM system_schema.tables WHERE keyspace_name = ?", keyspace).setTimeout(CLEANUP_TIMEOUT))) {
      tables.add(row.getString(0));
    }
    for (String table : tables) {
      String cql = "TRUNCATE " + CqlIdentifier.fromInternal(keyspace).asCql(true) + "."
          + CqlIdentifier.fromInternal(table).asCql(true);
      try {
        state.session().execute(SimpleStatement.newInstance(cql).setTimeout(CLEANUP_TIMEOUT));
      } catch (RuntimeException e) {
        throw new IllegalStateException("Cleanup.TRUNCATE_AFTER_EACH could not empty table " + keyspace + "." + table
            + " after " + context.getDisplayName() + " (" + cql + "): " + e.getMessage()
            + "; the next test may see its rows. Check the server, or use Cleanup.NONE and delete rows yourself", e);
      }
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    ClassState state = store.get(ClassState.class, ClassState.class);
    Owner owner = new Owner(context.getRequiredTestClass());
    if (store.get(owner) != this) {
      return;  // a second registration that beforeAll refused
    }
    store.remove(owner);
    if (state != null) {
      store.remove(ClassState.class);
      // back to the enclosing class's state when a @Nested class ends, else none
      current = store.get(ClassState.class, ClassState.class);
      state.mapper().dropKeyspace(state.keyspace().name());
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == CqlSession.class || type == Mapper.class || type == TestKeyspace.class || type == CassandraServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == CassandraServer.class) {
      return TestServers.shared();
    }
    ClassState state = context.getStore(NAMESPACE).get(ClassState.class, ClassState.class);
    if (state == null) {
      if (type == CqlSession.class && (given != null ? given : Settings.of(context.getRequiredTestClass())).customizer == null) {
        return sharedSession();
      }
      throw new ParameterResolutionException(type.getSimpleName() + " is only available once the test class has started: "
          + "declare it on a test method, a test constructor or a @BeforeAll/@BeforeEach method of a @CassandraTest class"
          + " (a CassandraExtension in a @RegisterExtension field must be static)");
    }
    if (type == CqlSession.class) {
      return state.session();
    }
    return type == Mapper.class ? state.mapper() : state.keyspace();
  }

  private static CqlSession customizedSession(Settings settings, Class<?> testClass) {
    return CUSTOMIZED.computeIfAbsent(settings.customizerKey, key -> {
      SessionCustomizer customizer = settings.customizer;
      CqlSession opened;
      try {
        opened = TestServers.shared().newSession(customizer);
      } catch (RuntimeException e) {
        throw new IllegalStateException("could not open the session customized by " + customizer.getClass().getName()
            + " for " + testClass.getName() + ": " + e.getMessage() + ". Check the options and objects the"
            + " customizer sets (it receives builders already pointing at the test server)", e);
      }
      closeAtExit(opened);
      return opened;
    });
  }

  private static void closeAtExit(CqlSession opened) {
    Runtime.getRuntime().addShutdownHook(new Thread(opened::close, "coodie4j-session-close"));
  }

  private static void runScript(String resource, String keyspace, Class<?> testClass) {
    String path = resource.startsWith("/") ? resource.substring(1) : resource;
    ClassLoader loader = Optional.ofNullable(testClass.getClassLoader()).orElse(ClassLoader.getSystemClassLoader());
    String text;
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("CQL script '" + resource + "' for " + testClass.getName() + " is not on the"
            + " test classpath: put it under src/test/resources/" + path + ", or fix the name in scripts (a classpath"
            + " resource path such as \"schema/catalog.cql\")");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("could not read CQL script '" + resource + "' for " + testClass.getName()
          + ": " + e, e);
    }
    List<CqlScript.Statement> statements;
    try {
      statements = CqlScript.split(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("CQL script '" + resource + "' for " + testClass.getName() + " cannot be split"
          + " into statements: " + e.getMessage(), e);
    }
    if (statements.isEmpty()) {
      return;
    }
    try (CqlSession scriptSession = TestServers.shared().newSession(keyspace)) {
      for (CqlScript.Statement statement : statements) {
        try {
          scriptSession.execute(statement.cql());
        } catch (RuntimeException e) {
          throw new IllegalStateException("CQL script '" + resource + "' for " + testClass.getName() + ": statement "
              + statement.number() + " of " + statements.size() + " (line " + statement.line() + ") failed: "
              + e.getMessage() + "\n  statement: " + statement.cql()
              + "\nFix the statement; scripts run in order in the class's keyspace (" + keyspace + ")", e);
        }
      }
    }
  }

  private static String keyspaceName(Class<?> testClass) {
    String base = testClass.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9_]", "_");
    String suffix = "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF));
    String name = "t_" + base;
    return (name.length() + suffix.length() > MAX_KEYSPACE_NAME ? name.substring(0, MAX_KEYSPACE_NAME - suffix.length()) : name) + suffix;
  }

  /** Builds a {@link CassandraExtension} for a {@code @RegisterExtension static} field. */
  public static final class Builder {
    private SessionCustomizer customizer;
    private Object customizerKey;
    private Cleanup cleanup = Cleanup.NONE;
    private List<String> scripts = List.of();

    private Builder() {
    }

    /**
     * Gives the class its own session, customized by this instance; classes registering the same instance share it.
     * Replaces an earlier {@code session(...)}.
     */
    public Builder session(SessionCustomizer customizer) {
      this.customizer = Objects.requireNonNull(customizer, "customizer");
      this.customizerKey = new InstanceKey(customizer);
      return this;
    }

    /**
     * Gives the class the session of this customizer class (one per class per JVM, as with
     * {@link CassandraTest#session()}); it needs a no-argument constructor. Replaces an earlier {@code session(...)}.
     */
    public Builder session(Class<? extends SessionCustomizer> customizer) {
      Objects.requireNonNull(customizer, "customizer");
      this.customizer = instantiate(customizer, "CassandraExtension.builder().session(" + customizer.getSimpleName()
          + ".class)");
      this.customizerKey = customizer;
      return this;
    }

    /** What to do between tests; {@link Cleanup#NONE} unless set. */
    public Builder cleanup(Cleanup cleanup) {
      this.cleanup = Objects.requireNonNull(cleanup, "cleanup");
      return this;
    }

    /** Classpath CQL scripts run in order in the class's keyspace before its first test; see {@link CassandraTest#scripts()}. */
    public Builder scripts(String... resources) {
      this.scripts = List.copyOf(Arrays.asList(resources));
      return this;
    }

    public CassandraExtension build() {
      return new CassandraExtension(new Settings(customizer, customizerKey, cleanup, scripts));
    }
  }

  private static SessionCustomizer instantiate(Class<? extends SessionCustomizer> type, String where) {
    String fix = "; give it a public or package-private no-argument constructor (a nested class must be static),"
        + " or pass an instance to CassandraExtension.builder().session(...)";
    if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
      throw new IllegalStateException(where + ": " + type.getName() + " is abstract and cannot be created" + fix);
    }
    if (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
      throw new IllegalStateException(where + ": " + type.getName() + " is an inner (non-static) class" + fix);
    }
    try {
      Constructor<? extends SessionCustomizer> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(where + ": " + type.getName() + " has no no-argument constructor" + fix, e);
    } catch (ReflectiveOperationException | RuntimeException e) {
      Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ite ? ite.getCause() : e;
      throw new IllegalStateException(where + ": creating " + type.getName() + " failed: " + cause + fix, cause);
    }
  }

  private record Settings(SessionCustomizer customizer, Object customizerKey, Cleanup cleanup, List<String> scripts) {
    static Settings of(Class<?> testClass) {
      for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
        Optional<CassandraTest> annotation = AnnotationSupport.findAnnotation(c, CassandraTest.class);
        if (annotation.isPresent()) {
          CassandraTest test = annotation.get();
          Class<? extends SessionCustomizer> type = test.session();
          SessionCustomizer customizer = type == SessionCustomizer.class ? null
              : instantiate(type, "@CassandraTest(session = " + type.getSimpleName() + ".class) on " + c.getName());
          return new Settings(customizer, type, test.cleanup(), List.of(test.scripts()));
        }
      }
      return new Settings(null, null, Cleanup.NONE, List.of());
    }
  }

  private record ClassState(CqlSession session, Mapper mapper, TestKeyspace keyspace, Cleanup cleanup) {}

  private record Owner(Class<?> testClass) {}

  /** Identity of a customizer instance given to the builder: equal only to itself. */
  private static final class InstanceKey {
    private final SessionCustomizer customizer;

    InstanceKey(SessionCustomizer customizer) {
      this.customizer = customizer;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof InstanceKey key && key.customizer == customizer;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(customizer);
    }
  }
}
