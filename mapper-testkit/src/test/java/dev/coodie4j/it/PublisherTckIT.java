package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.table.SaveResult;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;
import org.reactivestreams.FlowAdapters;
import org.reactivestreams.example.unicast.AsyncIterablePublisher;
import org.reactivestreams.tck.PublisherVerification;
import org.reactivestreams.tck.TestEnvironment;
import org.reactivestreams.tck.flow.FlowPublisherVerification;
import org.testng.SkipException;

/**
 * The query publisher ({@code AsyncQuery.publisher}) and the save publisher ({@code AsyncEntityTable.saveAll})
 * against the Reactive Streams TCK, on the real server: every rule the TCK checks for a publisher, each run as its
 * own test. The TCK's TestNG methods are called directly; the ones it skips (a rule that does not apply) abort.
 */
@CassandraTest
class PublisherTckIT {
  @Table
  record Reading(@PartitionKey String sensor, @ClusteringKey int seq, double value) {}

  private static final int ROWS = 300;
  // a page can take a while on 2 shared cores: signals get 5 s, "no signal" is waited for 300 ms
  private static final TestEnvironment ENV = new TestEnvironment(5_000, 300);
  private static final ExecutorService UPSTREAM = Executors.newFixedThreadPool(2);

  @AfterAll
  static void stopUpstream() {
    UPSTREAM.shutdownNow();
  }

  private static EntityTable<Reading> readings(CqlSession session, TestKeyspace keyspace) {
    EntityTable<Reading> readings = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace.name()).build()
        .table(Reading.class);
    readings.sync();
    return readings;
  }

  @TestFactory
  Stream<DynamicTest> queryPublisherFollowsEveryRuleTheTckChecks(CqlSession session, TestKeyspace keyspace) {
    EntityTable<Reading> readings = readings(session, keyspace);
    for (int i = 0; i < ROWS; i++) {
      readings.save(new Reading("tck", i, i));
    }
    return rules(new FlowPublisherVerification<Reading>(ENV, 5_000) {
      @Override
      public Flow.Publisher<Reading> createFlowPublisher(long elements) {
        if (elements == 0) {
          return readings.query().where(Reading::sensor).eq("no rows here").async().publisher(7);
        }
        // pages of 7 rows: most rules see several page fetches
        return readings.query().where(Reading::sensor).eq("tck").limit((int) elements).async().publisher(7);
      }

      @Override
      public Flow.Publisher<Reading> createFailedFlowPublisher() {
        return null; // a query fails only once a page is requested; rule 1.4's test expects onError unrequested
      }

      @Override
      public long maxElementsFromPublisher() {
        return ROWS;
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> savePublisherFollowsEveryRuleTheTckChecks(CqlSession session, TestKeyspace keyspace) {
    EntityTable<Reading> readings = readings(session, keyspace);
    return rules(new FlowPublisherVerification<SaveResult<Reading>>(ENV, 5_000) {
      private int run;

      @Override
      public Flow.Publisher<SaveResult<Reading>> createFlowPublisher(long elements) {
        String sensor = "run-" + run++;
        Iterable<Reading> entities = () -> LongStream.range(0, elements)
            .mapToObj(i -> new Reading(sensor, (int) i, i)).iterator();
        return readings.async().saveAll(upstream(entities), 8);
      }

      @Override
      public Flow.Publisher<SaveResult<Reading>> createFailedFlowPublisher() {
        // bad arguments: the publisher signals the refusal to each subscriber, without taking an entity
        return readings.async().saveAll(upstream(List.of(new Reading("never", 0, 0))), 0);
      }

      @Override
      public long maxElementsFromPublisher() {
        return 200;
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> saveResultsAreOnePerEntityAndTheRowsAreThere(CqlSession session, TestKeyspace keyspace) {
    EntityTable<Reading> readings = readings(session, keyspace);
    Iterable<Reading> entities = () -> IntStream.range(0, 1_000).mapToObj(i -> new Reading("bulk", i, i)).iterator();
    return Stream.of(DynamicTest.dynamicTest("1,000 saves through a subscriber that takes 10 at a time", () -> {
      var subscriber = new PublisherIT.Recorder<SaveResult<Reading>>();
      readings.async().saveAll(upstream(entities), 16).subscribe(subscriber);
      int requested = 0;
      while (!subscriber.completed && subscriber.error == null) {
        if (subscriber.items.size() == requested) {
          requested += 10;
          subscriber.subscription.request(10);
        }
        assertTrue(subscriber.items.size() <= requested, "never more results than requested");
        Thread.sleep(2);
      }
      assertEquals(null, subscriber.error);
      assertEquals(1_000, subscriber.items.size());
      assertEquals(1_000, subscriber.items.stream().filter(SaveResult::saved).map(r -> r.entity().seq()).distinct()
          .count());
      assertEquals(1_000, readings.query().where(Reading::sensor).eq("bulk").count());
    }));
  }

  private static <T> Flow.Publisher<T> upstream(Iterable<T> items) {
    return FlowAdapters.toFlowPublisher(new AsyncIterablePublisher<>(items, UPSTREAM));
  }

  /** One dynamic test per TCK rule method of the verification. */
  private static Stream<DynamicTest> rules(PublisherVerification<?> verification) {
    return Arrays.stream(PublisherVerification.class.getMethods())
        .filter(m -> m.isAnnotationPresent(org.testng.annotations.Test.class))
        .sorted(Comparator.comparing(Method::getName))
        .map(rule -> DynamicTest.dynamicTest(rule.getName(), () -> {
          verification.setUp();
          try {
            rule.invoke(verification);
          } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SkipException skip) {
              throw new TestAbortedException(skip.getMessage());
            }
            throw e.getCause();
          }
        }));
  }
}
