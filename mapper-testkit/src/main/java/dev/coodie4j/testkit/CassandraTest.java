package dev.coodie4j.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a real server with a fresh keyspace: test methods, constructors and lifecycle methods may
 * declare {@link com.datastax.oss.driver.api.core.CqlSession}, {@link dev.coodie4j.Mapper} (whose default keyspace is
 * the class's keyspace), {@link TestKeyspace} or {@link CassandraServer} parameters. See {@link CassandraExtension};
 * {@link CassandraExtension#builder()} offers the same settings to a {@code @RegisterExtension} field (use one or the
 * other on a class, not both).
 *
 * <pre>{@code
 * @CassandraTest(session = Tracking.class, cleanup = Cleanup.TRUNCATE_AFTER_EACH, scripts = "schema/catalog.cql")
 * class CatalogIT { ... }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(CassandraExtension.class)
public @interface CassandraTest {

  /**
   * Customizes the session of this class (driver options, request trackers, ...); needs a no-argument constructor.
   * The default, {@code SessionCustomizer.class} itself, means no customizer: the class uses the session shared by
   * the JVM. See {@link SessionCustomizer}.
   */
  Class<? extends SessionCustomizer> session() default SessionCustomizer.class;

  /** What to do between tests; by default nothing. See {@link Cleanup}. */
  Cleanup cleanup() default Cleanup.NONE;

  /**
   * Classpath resources (such as {@code "schema/catalog.cql"} for {@code src/test/resources/schema/catalog.cql}) run
   * in order, statement by statement, in the class's keyspace before its first test: unqualified names resolve to
   * that keyspace. Statements end with {@code ;} outside strings, quoted identifiers and comments.
   */
  String[] scripts() default {};
}
