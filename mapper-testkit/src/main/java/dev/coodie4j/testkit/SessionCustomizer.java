package dev.coodie4j.testkit;

import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.ProgrammaticDriverConfigLoaderBuilder;

/**
 * Customizes the session a test class receives: driver options, a {@code RequestTracker}, codecs, credentials,
 * anything {@link CqlSessionBuilder} offers. Name it with {@code @CassandraTest(session = MyCustomizer.class)} (the
 * class needs a no-argument constructor) or give it to {@link CassandraExtension.Builder#session(SessionCustomizer)}.
 *
 * <p>A class with a customizer gets its own session, opened once per customizer class (or per instance given to the
 * builder) in the test JVM and closed when the JVM exits; classes without one share
 * {@link CassandraExtension#sharedSession()}. The injected {@code Mapper} is built over the class's session, and the
 * kit's own work for the class (creating and dropping its keyspace, {@link Cleanup#TRUNCATE_AFTER_EACH}) runs on it
 * too. Init scripts run on a separate session opened with the kit's defaults.
 *
 * <pre>{@code
 * class Tracking implements SessionCustomizer {
 *   public void customize(ProgrammaticDriverConfigLoaderBuilder config, CqlSessionBuilder session) {
 *     config.withString(DefaultDriverOption.REQUEST_CONSISTENCY, "ONE");
 *     session.addRequestTracker(new CountingTracker());
 *   }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface SessionCustomizer {

  /**
   * Adjusts the session about to be opened.
   *
   * @param config  the driver options, already holding the kit's generous timeouts (see
   *                {@link CassandraServer#newSession()}); set or override options here. It is built and given to the
   *                session after this method returns, so a config loader set on {@code session} is replaced.
   * @param session the session builder, already holding the server's contact points and local datacenter
   */
  void customize(ProgrammaticDriverConfigLoaderBuilder config, CqlSessionBuilder session);
}
