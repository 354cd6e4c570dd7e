package dev.coodie4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import dev.coodie4j.Mapper;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The builder's settings, its accessors, and parameters resolved as with @CassandraTest. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegisterExtensionIT {
  static final AtomicInteger CUSTOMIZED = new AtomicInteger();

  @RegisterExtension
  static CassandraExtension cassandra = CassandraExtension.builder()
      .session((config, session) -> {
        CUSTOMIZED.incrementAndGet();
        config.withString(DefaultDriverOption.REQUEST_CONSISTENCY, "ONE");
      })
      .cleanup(Cleanup.TRUNCATE_AFTER_EACH)
      .scripts("testkit/init.cql")
      .build();

  @Test
  @Order(1)
  void accessorsServeTheRunningClassAndMatchTheParameters(CqlSession session, Mapper mapper, TestKeyspace keyspace) {
    assertSame(session, cassandra.session());
    assertSame(mapper, cassandra.mapper());
    assertEquals(keyspace, cassandra.keyspace());
    assertNotSame(CassandraExtension.sharedSession(), cassandra.session());
    assertEquals(1, CUSTOMIZED.get());
    assertEquals("ONE", cassandra.session().getContext().getConfig().getDefaultProfile()
        .getString(DefaultDriverOption.REQUEST_CONSISTENCY));
    assertEquals(3, cassandra.mapper().cql("SELECT id FROM " + keyspace.name() + ".item").maps().size());
  }

  @Test
  @Order(2)
  void cleanupFromTheBuilderEmptiedTheScriptsRows() {
    assertNull(cassandra.session().execute("SELECT id FROM " + cassandra.keyspace().name() + ".item").one());
  }

  @Test
  @Order(3)
  void registeringTheExtensionTwiceIsRefused() {
    String message = InitScriptsIT.classFailure(Twice.class);
    assertTrue(message.contains("registers CassandraExtension twice"), message);
  }

  @Test
  @Order(4)
  void accessorsOutsideARunningClassSayWhen() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> CassandraExtension.builder().build().mapper());
    assertTrue(e.getMessage().startsWith("CassandraExtension.mapper() is only available while a test class runs"),
        e.getMessage());
  }

  @Test
  @Order(5)
  void extendWithAloneStillWorksWithTheDefaults() {
    InitScriptsIT.classSucceeds(ExtendedOnly.class);
    assertSame(CassandraExtension.sharedSession(), ExtendedOnly.seen);
  }

  @ExtendWith(CassandraExtension.class)
  static class ExtendedOnly {
    static volatile CqlSession seen;

    @Test
    void resolvesParameters(CqlSession session, Mapper mapper, TestKeyspace keyspace) {
      seen = session;
      assertTrue(keyspace.name().startsWith("t_extended_only_"), keyspace.name());
      assertEquals(0, mapper.cql("SELECT table_name FROM system_schema.tables WHERE keyspace_name = ?", keyspace.name())
          .maps().size());
    }
  }

  @CassandraTest
  static class Twice {
    @RegisterExtension
    static CassandraExtension again = CassandraExtension.builder().build();

    @Test
    void neverRuns() {
      throw new AssertionError("the class should have failed before its first test");
    }
  }
}
