package com.example.counters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coodie4j.Mapper;
import dev.coodie4j.testkit.CassandraTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@CassandraTest
class PageCountersTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

  private PageCounters counters;

  @BeforeEach
  void start(Mapper mapper) {
    counters = PageCounters.start(mapper);
  }

  @Test
  void countsViewsAndLikesAndTakesALikeBack() {
    for (int i = 0; i < 5; i++) {
      counters.viewed("/home", DAY);
    }
    counters.liked("/home", DAY);
    counters.liked("/home", DAY);
    counters.unliked("/home", DAY);
    assertEquals(new PageStats("/home", DAY, 5, 1), counters.of("/home", DAY));
  }

  @Test
  void aPageThatWasNeverCountedReadsAsZero() {
    assertEquals(new PageStats("/never", DAY, 0, 0), counters.of("/never", DAY));
    assertEquals(0, counters.totalViews("/never"));
  }

  @Test
  void aCounterOnlyLikedReadsItsViewsAsZero() {
    counters.liked("/liked-only", DAY);
    assertEquals(new PageStats("/liked-only", DAY, 0, 1), counters.of("/liked-only", DAY));
  }

  @Test
  void countersMayGoBelowZero() {
    counters.unliked("/disliked", DAY);
    counters.unliked("/disliked", DAY);
    assertEquals(-2, counters.of("/disliked", DAY).likes());
  }

  @Test
  void concurrentIncrementsAreAllCounted() throws Exception {
    int writers = 8;
    int viewsEach = 50;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        done.add(pool.submit(() -> {
          go.await();
          for (int i = 0; i < viewsEach; i++) {
            counters.viewed("/busy", DAY);
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> writer : done) {
        writer.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(writers * viewsEach, counters.of("/busy", DAY).views());
  }

  @Test
  void sumsAPagesViewsOverItsDaysAndListsThemInDayOrder() {
    counters.add("/blog", DAY.minusDays(2), 10, 1);
    counters.add("/blog", DAY.minusDays(1), 20, 0);
    counters.add("/blog", DAY, 30, 3);
    counters.add("/blog", DAY, 5, 0);
    assertEquals(65, counters.totalViews("/blog"));
    assertEquals(List.of(new PageStats("/blog", DAY.minusDays(1), 20, 0), new PageStats("/blog", DAY, 35, 3)),
        counters.since("/blog", DAY.minusDays(1)));
  }
}
