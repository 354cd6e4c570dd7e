package com.example.counters;

import dev.coodie4j.Mapper;
import dev.coodie4j.table.EntityTable;
import java.time.LocalDate;
import java.util.List;

/**
 * Counts page views and likes per page and day. Counters change only by increments and decrements, each one statement
 * that is never retried by the driver (a retry could count twice), so concurrent writers need no coordination.
 */
public final class PageCounters {
  private final EntityTable<PageStats> stats;

  private PageCounters(EntityTable<PageStats> stats) {
    this.stats = stats;
  }

  /** The counters on the mapper's keyspace, with their table created (or completed) as at service startup. */
  public static PageCounters start(Mapper mapper) {
    EntityTable<PageStats> stats = mapper.table(PageStats.class);
    stats.sync();
    return new PageCounters(stats);
  }

  public void viewed(String page, LocalDate day) {
    stats.update(page, day).increment(PageStats::views, 1).execute();
  }

  public void liked(String page, LocalDate day) {
    stats.update(page, day).increment(PageStats::likes, 1).execute();
  }

  public void unliked(String page, LocalDate day) {
    stats.update(page, day).decrement(PageStats::likes, 1).execute();
  }

  /** Adds views counted elsewhere (say, by a log processor) and their likes, in one statement. */
  public void add(String page, LocalDate day, long views, long likes) {
    stats.update(page, day).increment(PageStats::views, views).increment(PageStats::likes, likes).execute();
  }

  /** A page's counts for a day: zero when it was never counted, since then it has no row. */
  public PageStats of(String page, LocalDate day) {
    return stats.get(page, day).orElse(new PageStats(page, day, 0, 0));
  }

  /** The days of a page from {@code since} on, in day order: one partition. */
  public List<PageStats> since(String page, LocalDate since) {
    return stats.query().where(PageStats::page).eq(page).where(PageStats::day).gte(since).list();
  }

  /** Every view of a page, summed by the server over its days. */
  public long totalViews(String page) {
    Long total = stats.query().where(PageStats::page).eq(page).sum(PageStats::views);
    return total == null ? 0 : total;
  }
}
