package com.example.timeseries;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.Mapper;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.schema.KeyspaceDefinition;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Writes an hour of readings for a sensor, then reads its day page by page and a ten-minute window. */
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
      run(session, "telemetry");
    }
  }

  static void run(CqlSession session, String keyspace) {
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace).build();
    mapper.createKeyspace(KeyspaceDefinition.named(keyspace).simpleStrategy(1));
    ReadingService service = ReadingService.start(mapper);

    Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS);
    for (int minute = 0; minute < 60; minute++) {
      service.record("boiler-1", start.plus(Duration.ofMinutes(minute)), 60 + minute / 10.0);
    }

    LocalDate day = ReadingService.dayOf(start);
    String token = null;
    int number = 0;
    do { // each pass is what one request of a client paging through the day would do
      ReadingsPage page = service.page("boiler-1", day, 25, token);
      number++;
      System.out.printf("page %d: %d readings, newest %s%n", number, page.readings().size(),
          page.readings().isEmpty() ? "-" : page.readings().get(0).at());
      token = page.next();
    } while (token != null);

    System.out.println("10 minutes from " + start + ": "
        + service.between("boiler-1", start, start.plus(Duration.ofMinutes(10))).size() + " readings");
  }
}
