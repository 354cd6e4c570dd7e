package com.example.timeseries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@CassandraTest
class ReadingServiceTest {
  private static final Instant MORNING = Instant.parse("2026-11-24T08:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

  private ReadingService service;

  @BeforeEach
  void start(Mapper mapper) {
    service = ReadingService.start(mapper);
  }

  /** Writes {@code count} readings a minute apart from {@code first}, in random order; returns them newest first. */
  private List<Reading> write(String sensor, Instant first, int count) {
    List<Reading> written = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      written.add(new Reading(sensor, ReadingService.dayOf(first.plusSeconds(60L * i)), first.plusSeconds(60L * i),
          i / 2.0));
    }
    List<Reading> shuffled = new ArrayList<>(written);
    Collections.shuffle(shuffled, new Random(sensor.hashCode()));
    shuffled.forEach(r -> service.record(r.sensor(), r.at(), r.value()));
    written.sort(Comparator.comparing(Reading::at).reversed());
    return written;
  }

  @Test
  void readsADayNewestFirstWhateverTheWriteOrder() {
    List<Reading> written = write("s-day", MORNING, 12);
    assertEquals(written, service.day("s-day", DAY));
    assertEquals(List.of(), service.day("s-day", DAY.plusDays(1)));
  }

  @Test
  void pagesThroughADayARequestAtATimeWithoutOverlapOrLoss() {
    List<Reading> written = write("s-pages", MORNING, 25);
    List<Reading> read = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String token = null;
    do { // one request per page: the client sends back the token it was given
      ReadingsPage page = service.page("s-pages", DAY, 10, token);
      read.addAll(page.readings());
      sizes.add(page.readings().size());
      token = page.next();
    } while (token != null);
    assertEquals(List.of(10, 10, 5), sizes);
    assertEquals(written, read, "every reading once, newest first");
    assertEquals(25, new HashSet<>(read).size());
  }

  @Test
  void aDayThatFillsItsLastPageExactlyEndsThere() {
    List<Reading> written = write("s-exact", MORNING, 20);
    ReadingsPage first = service.page("s-exact", DAY, 10, null);
    ReadingsPage second = service.page("s-exact", DAY, 10, first.next());
    assertEquals(written, concat(first.readings(), second.readings()));
    if (second.hasNext()) { // the server may not know yet that nothing follows: the next page is then empty
      ReadingsPage third = service.page("s-exact", DAY, 10, second.next());
      assertEquals(List.of(), third.readings());
      assertFalse(third.hasNext());
    }
  }

  @Test
  void aTokenIsACursorNotASnapshot() {
    List<Reading> written = write("s-live", MORNING, 15);
    ReadingsPage first = service.page("s-live", DAY, 10, null);
    assertEquals(written.subList(0, 10), first.readings());
    // a newer reading lands before the cursor, an older one after it: a token is a cursor, not a snapshot
    service.record("s-live", MORNING.plus(Duration.ofHours(1)), 99);
    Reading older = service.record("s-live", MORNING.minusSeconds(30), -1);
    ReadingsPage second = service.page("s-live", DAY, 10, first.next());
    assertEquals(concat(written.subList(10, 15), List.of(older)), second.readings());
    assertNull(second.next());
  }

  @Test
  void aTokenResumesOnAnotherInstanceThatSharesThePagingKey(CqlSession session, TestKeyspace keyspace) {
    byte[] secret = "sixteen-or-more-bytes-of-secret".getBytes(StandardCharsets.UTF_8);
    ReadingService one = ReadingService.start(instance(session, keyspace, secret));
    ReadingService two = ReadingService.start(instance(session, keyspace, secret));
    List<Reading> written = write("s-shared", MORNING, 8);
    ReadingsPage first = one.page("s-shared", DAY, 5, null);
    ReadingsPage second = two.page("s-shared", DAY, 5, first.next()); // behind a load balancer
    assertEquals(written, concat(first.readings(), second.readings()));
  }

  @Test
  void aTokenIsRefusedForAnotherSensorOrByAnInstanceWithAnotherKey(CqlSession session, TestKeyspace keyspace) {
    write("s-a", MORNING, 6);
    write("s-b", MORNING, 6);
    String token = service.page("s-a", DAY, 3, null).next();
    CoodieException otherSensor = assertThrows(CoodieException.class, () -> service.page("s-b", DAY, 3, token));
    assertFalse(otherSensor.getMessage().contains(token), "the message never holds the token");
    byte[] otherSecret = "another-secret-of-enough-bytes".getBytes(StandardCharsets.UTF_8);
    ReadingService stranger = ReadingService.start(instance(session, keyspace, otherSecret));
    assertThrows(CoodieException.class, () -> stranger.page("s-a", DAY, 3, token));
  }

  @Test
  void aTimeRangeReadsOnlyItsReadingsAcrossMidnightNewestFirst() {
    Instant evening = Instant.parse("2026-11-24T23:50:00Z");
    List<Reading> written = write("s-range", evening, 20); // 23:50 to 00:09 the next day
    Set<LocalDate> days = new HashSet<>();
    written.forEach(r -> days.add(r.day()));
    assertEquals(2, days.size());

    List<Reading> window = service.between("s-range", Instant.parse("2026-11-24T23:55:00Z"),
        Instant.parse("2026-11-25T00:05:00Z"));
    assertEquals(written.stream()
        .filter(r -> !r.at().isBefore(Instant.parse("2026-11-24T23:55:00Z")))
        .filter(r -> r.at().isBefore(Instant.parse("2026-11-25T00:05:00Z")))
        .toList(), window);
    assertEquals(10, window.size());
    assertTrue(window.get(0).at().isAfter(window.get(9).at()));
  }

  private static Mapper instance(CqlSession session, TestKeyspace keyspace, byte[] secret) {
    return Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace.name()).pagingTokenKey(secret).build();
  }

  private static List<Reading> concat(List<Reading> a, List<Reading> b) {
    List<Reading> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
