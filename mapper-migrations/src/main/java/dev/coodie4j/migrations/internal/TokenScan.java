package dev.coodie4j.migrations.internal;

import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.migrations.MigrationContext.RowConsumer;
import dev.coodie4j.migrations.MigrationException;
import dev.coodie4j.migrations.ScanOptions;
import dev.coodie4j.query.Page;
import dev.coodie4j.query.Query;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A migration's scans over the token ring, slice by slice, with the place of each slice kept in the state table: the
 * paging token of the page being read and how many of its rows the consumer finished ({@code token|rows}), or
 * {@code done}. The paging tokens are signed with a key kept beside them, so that a later process resumes them.
 */
final class TokenScan {
  private static final String DONE = "done";
  private static final BigInteger RING = BigInteger.TWO.pow(64);

  private final Mapper mapper;
  private final String version;
  private final StateStore state;
  private final String keyspace;

  TokenScan(Mapper mapper, String keyspace, String version, StateStore state) {
    this.mapper = mapper;
    this.keyspace = keyspace;
    this.version = version;
    this.state = state;
  }

  <T> long run(String name, Class<T> entityClass, ScanOptions options, RowConsumer<T> consumer) {
    if (name.contains("#")) {
      throw new MigrationException("scan name '" + name + "' of migration " + version + " must not contain '#'");
    }
    Map<String, String> saved = new ConcurrentHashMap<>(state.scans(version));
    String keyName = name + "#key";
    String key = saved.get(keyName);
    if (key == null) {
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      key = HexFormat.of().formatHex(bytes);
      state.saveScan(version, keyName, key);
    }
    Mapper scanner = Mapper.builder(mapper.driver()).keyspace(keyspace).naming(mapper.naming())
        .pagingTokenKey(HexFormat.of().parseHex(key)).validation(false).build();
    AtomicLong rows = new AtomicLong();
    AtomicInteger done = new AtomicInteger((int) saved.entrySet().stream()
        .filter(e -> e.getKey().startsWith(name + "#") && DONE.equals(e.getValue())).count());
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger nextRange = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(options.parallelism(), runnable -> {
      Thread thread = new Thread(runnable, "coodie4j-scan-" + name);
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < options.parallelism(); w++) {
        futures.add(workers.submit(() -> {
          int range;
          while (!stop.get() && (range = nextRange.getAndIncrement()) < options.ranges()) {
            try {
              scanRange(scanner, name, entityClass, options, consumer, range, saved, rows, done, stop);
            } catch (RuntimeException | Error e) {
              stop.set(true);
              throw e;
            }
          }
          return null;
        }));
      }
      RuntimeException first = null;
      for (Future<?> future : futures) {
        try {
          future.get();
        } catch (java.util.concurrent.ExecutionException e) {
          if (first == null) {
            first = e.getCause() instanceof RuntimeException runtime ? runtime
                : new CoodieException("scan '" + name + "' failed: " + e.getCause(), e.getCause());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          stop.set(true);
          throw new MigrationException("interrupted during scan '" + name + "'", e);
        }
      }
      if (first != null) {
        throw first;
      }
      return rows.get();
    } finally {
      workers.shutdownNow();
    }
  }

  private <T> void scanRange(Mapper scanner, String name, Class<T> entityClass, ScanOptions options,
      RowConsumer<T> consumer, int range, Map<String, String> saved, AtomicLong rows, AtomicInteger done,
      AtomicBoolean stop) {
    String key = name + "#" + range;
    String place = saved.get(key);
    if (DONE.equals(place)) {
      return;
    }
    String token = place == null ? "" : place.substring(0, place.lastIndexOf('|'));
    int skip = place == null ? 0 : Integer.parseInt(place.substring(place.lastIndexOf('|') + 1));
    long low = bound(range, options.ranges());
    long high = range == options.ranges() - 1 ? Long.MAX_VALUE : bound(range + 1, options.ranges());
    Query<T> query = scanner.table(entityClass).query().token().gt(low).token().lte(high);
    if (options.consistency() != null) {
      query = query.consistency(options.consistency());
    }
    while (true) {
      Page<T> page = token.isEmpty() ? query.page(options.pageSize()) : query.page(options.pageSize(), token);
      List<T> items = page.items();
      for (int i = skip; i < items.size(); i++) {
        if (stop.get()) {
          state.saveScan(version, key, token + "|" + i);
          return;
        }
        try {
          consumer.accept(items.get(i));
        } catch (Exception e) {
          state.saveScan(version, key, token + "|" + i);
          throw new MigrationException("scan '" + name + "' of migration " + version + ": the consumer failed on a "
              + "row of token range " + range + " (" + low + ", " + high + "]: " + e.getMessage()
              + "; the scan resumes at that row when the migration runs again", e);
        }
        rows.incrementAndGet();
      }
      skip = 0;
      if (page.pagingState().isEmpty()) {
        state.saveScan(version, key, DONE);
        int finished = done.incrementAndGet();
        report(options, name, rows, finished);
        return;
      }
      token = page.pagingState().get();
      state.saveScan(version, key, token + "|0");
      report(options, name, rows, done.get());
      if (!options.throttle().isZero()) {
        try {
          Thread.sleep(options.throttle().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          stop.set(true);
        }
      }
    }
  }

  private static void report(ScanOptions options, String name, AtomicLong rows, int done) {
    if (options.progress() != null) {
      options.progress().accept(new ScanOptions.ScanProgress(name, rows.get(), done, options.ranges()));
    }
  }

  /** The lower bound of slice {@code index} of {@code count}: Long.MIN_VALUE + index * 2^64 / count. */
  static long bound(int index, int count) {
    return BigInteger.valueOf(Long.MIN_VALUE).add(RING.multiply(BigInteger.valueOf(index))
        .divide(BigInteger.valueOf(count))).longValueExact();
  }
}
