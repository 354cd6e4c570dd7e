package com.example.counters;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.Mapper;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.schema.KeyspaceDefinition;
import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Counts a few views and likes of a page, then prints today's counts and the page's total views. */
public final class Main {
  public static void main(String[] args) {
    // no arguments: contact points and data center from src/main/resources/application.conf;
    // otherwise: host port datacenter
    try (CqlSession session = args.length == 0
        ? CqlSession.builder().build()
        : CqlSession.builder()
            .addContactPoint(new InetSocketAddress(args[0], Integer.parseInt(args[1])))
            .withLocalDatacenter(args[2])
            .build()) {
      run(session, "analytics");
    }
  }

  static void run(CqlSession session, String keyspace) {
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace).build();
    mapper.createKeyspace(KeyspaceDefinition.named(keyspace).simpleStrategy(1));
    PageCounters counters = PageCounters.start(mapper);

    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    for (int i = 0; i < 3; i++) {
      counters.viewed("/pricing", today);
    }
    counters.liked("/pricing", today);
    counters.liked("/pricing", today);
    counters.unliked("/pricing", today);
    counters.add("/pricing", today.minusDays(1), 40, 2);

    System.out.println("today: " + counters.of("/pricing", today));
    System.out.println("total views: " + counters.totalViews("/pricing"));
  }
}
