package com.example.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.testkit.CassandraServer;
import dev.coodie4j.testkit.CassandraTest;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the application's main against the test server, then again. */
@CassandraTest
class MainTest {
  @Test
  void mainAppliesTheThreeMigrationsAndASecondRunAppliesNothing(CassandraServer server, CqlSession session) {
    InetSocketAddress address = server.contactPoints().get(0);
    Main.main(new String[] {address.getHostString(), String.valueOf(address.getPort()), server.localDatacenter()});
    List<String> outcomes = session.execute("SELECT outcome FROM crm.coodie4j_migrations").all().stream()
        .map(row -> row.getString(0)).toList();
    assertEquals(List.of("APPLIED", "APPLIED", "APPLIED"), outcomes);
    assertEquals(List.of(), Main.run(session, "crm"));
  }
}
