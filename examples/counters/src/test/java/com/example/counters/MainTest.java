package com.example.counters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import dev.coodie4j.testkit.CassandraServer;
import dev.coodie4j.testkit.CassandraTest;
import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Runs the application's main against the test server. */
@CassandraTest
class MainTest {
  @Test
  void mainCountsThreeViewsAndOneLikeToday(CassandraServer server, CqlSession session) {
    InetSocketAddress address = server.contactPoints().get(0);
    Main.main(new String[] {address.getHostString(), String.valueOf(address.getPort()), server.localDatacenter()});
    Row today = session.execute("SELECT views, likes FROM analytics.page_stats WHERE page = '/pricing' AND day = ?",
        LocalDate.now(ZoneOffset.UTC)).one();
    assertEquals(3, today.getLong("views"));
    assertEquals(1, today.getLong("likes"));
  }
}
