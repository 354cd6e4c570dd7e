package dev.coodie4j.testkit;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.Mapper;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.schema.KeyspaceDefinition;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension behind {@link CassandraTest}: one server and one session per test JVM (see {@link TestServers}
 * for how the server is chosen), a fresh keyspace (SimpleStrategy, replication factor 1) and mapper per test class.
 */
public final class CassandraExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CassandraExtension.class);
  private static final int MAX_KEYSPACE_NAME = 48;
  private static CqlSession session;

  /** The session shared by every test class of this JVM; closed when the JVM exits. */
  public static synchronized CqlSession sharedSession() {
    if (session == null) {
      CqlSession opened = TestServers.shared().newSession();
      Runtime.getRuntime().addShutdownHook(new Thread(opened::close, "coodie4j-session-close"));
      session = opened;
    }
    return session;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    String keyspace = keyspaceName(context.getRequiredTestClass());
    Mapper mapper = Mapper.builder(DataStaxDriver.of(sharedSession())).keyspace(keyspace).build();
    mapper.createKeyspace(KeyspaceDefinition.named(keyspace).simpleStrategy(1));
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    store.put(TestKeyspace.class, new TestKeyspace(keyspace));
    store.put(Mapper.class, mapper);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    TestKeyspace keyspace = store.remove(TestKeyspace.class, TestKeyspace.class);
    Mapper mapper = store.remove(Mapper.class, Mapper.class);
    if (keyspace != null && mapper != null) {
      mapper.dropKeyspace(keyspace.name());
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
    if (type == CqlSession.class) {
      return sharedSession();
    }
    if (type == CassandraServer.class) {
      return TestServers.shared();
    }
    Object value = context.getStore(NAMESPACE).get(type);
    if (value == null) {
      throw new ParameterResolutionException(type.getSimpleName() + " is only available once the test class has started: "
          + "declare it on a test method, a test constructor or a @BeforeAll/@BeforeEach method of a @CassandraTest class");
    }
    return value;
  }

  private static String keyspaceName(Class<?> testClass) {
    String base = testClass.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9_]", "_");
    String suffix = "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF));
    String name = "t_" + base;
    return (name.length() + suffix.length() > MAX_KEYSPACE_NAME ? name.substring(0, MAX_KEYSPACE_NAME - suffix.length()) : name) + suffix;
  }
}
