package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import com.datastax.oss.driver.api.core.config.ProgrammaticDriverConfigLoaderBuilder;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.session.Request;
import com.datastax.oss.driver.api.core.tracker.RequestTracker;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.SessionCustomizer;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

// tag::customizer[]
@CassandraTest(session = TestingSessionExamplesIT.Counting.class)
class TestingSessionExamplesIT {
  static final AtomicInteger REQUESTS = new AtomicInteger();

  static class Counting implements SessionCustomizer {  // needs a no-argument constructor
    @Override
    public void customize(ProgrammaticDriverConfigLoaderBuilder config, CqlSessionBuilder session) {
      config.withString(DefaultDriverOption.REQUEST_CONSISTENCY, "ONE");  // on top of the kit's timeouts
      session.addRequestTracker(new RequestTracker() {
        @Override
        public void onSuccess(Request request, long nanos, DriverExecutionProfile profile, Node node, String prefix) {
          REQUESTS.incrementAndGet();
        }

        @Override
        public void close() {}
      });
    }
  }

  @Table
  record Note(@PartitionKey String id, String body) {}

  @Test
  void countsTheMappersRequests(Mapper mapper, CqlSession session) throws InterruptedException {
    // the mapper and the session are this class's own
    assertEquals("ONE", session.getContext().getConfig().getDefaultProfile()
        .getString(DefaultDriverOption.REQUEST_CONSISTENCY));
    EntityTable<Note> notes = mapper.table(Note.class);
    notes.sync();
    int before = REQUESTS.get();
    notes.save(new Note("n1", "counted"));
    // the driver calls trackers just after it hands back the result: give it a moment
    for (int i = 0; i < 500 && REQUESTS.get() == before; i++) {
      Thread.sleep(10);
    }
    assertTrue(REQUESTS.get() > before);
  }
}
// end::customizer[]
