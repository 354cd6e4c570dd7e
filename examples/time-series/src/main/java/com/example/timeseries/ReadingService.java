package com.example.timeseries;

import dev.coodie4j.Mapper;
import dev.coodie4j.query.Page;
import dev.coodie4j.query.Query;
import dev.coodie4j.table.EntityTable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Writes sensor readings and reads them back: a whole day, a page at a time, or a time range. */
public final class ReadingService {
  private final EntityTable<Reading> readings;

  private ReadingService(EntityTable<Reading> readings) {
    this.readings = readings;
  }

  /** The service on the mapper's keyspace, with its table created (or completed) as at service startup. */
  public static ReadingService start(Mapper mapper) {
    EntityTable<Reading> readings = mapper.table(Reading.class);
    readings.sync();
    return new ReadingService(readings);
  }

  /** Records a measurement in the partition of its sensor and (UTC) day. */
  public Reading record(String sensor, Instant at, double value) {
    Reading reading = new Reading(sensor, dayOf(at), at, value);
    readings.save(reading);
    return reading;
  }

  /** Every reading of a sensor's day, newest first: the table's clustering order. */
  public List<Reading> day(String sensor, LocalDate day) {
    return ofDay(sensor, day).list();
  }

  /**
   * One page of a sensor's day, newest first. {@code token} is null for the first page, and otherwise the
   * {@link ReadingsPage#next()} of the previous one, as a client sends it back in its next request: the query is built
   * anew each time and resumes where the last page ended.
   */
  public ReadingsPage page(String sensor, LocalDate day, int size, String token) {
    Query<Reading> query = ofDay(sensor, day);
    Page<Reading> page = token == null ? query.page(size) : query.page(size, token);
    return new ReadingsPage(page.items(), page.pagingState().orElse(null));
  }

  /**
   * The readings of {@code [from, to)}, newest first. A range that spans days reads one partition per day, newest day
   * first, each with a range on the clustering column.
   */
  public List<Reading> between(String sensor, Instant from, Instant to) {
    List<Reading> found = new ArrayList<>();
    for (LocalDate day = dayOf(to); !day.isBefore(dayOf(from)); day = day.minusDays(1)) {
      found.addAll(ofDay(sensor, day)
          .where(Reading::at).gte(from)
          .where(Reading::at).lt(to)
          .list());
    }
    return found;
  }

  private Query<Reading> ofDay(String sensor, LocalDate day) {
    return readings.query().where(Reading::sensor).eq(sensor).where(Reading::day).eq(day);
  }

  static LocalDate dayOf(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }
}
