package com.example.users;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.testkit.CassandraServer;
import dev.coodie4j.testkit.CassandraTest;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** Runs the application's main against the test server. */
@CassandraTest
class MainTest {
  @Test
  void mainRegistersAdaAndLeavesHerFirstEmail(CassandraServer server, CqlSession session) {
    InetSocketAddress address = server.contactPoints().get(0);
    Main.main(new String[] {address.getHostString(), String.valueOf(address.getPort()), server.localDatacenter()});
    assertEquals("ada@example.com", session.execute("SELECT email FROM accounts.users WHERE username = 'ada'")
        .one().getString(0));
  }
}
