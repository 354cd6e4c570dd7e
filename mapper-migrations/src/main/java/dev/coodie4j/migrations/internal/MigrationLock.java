package dev.coodie4j.migrations.internal;

import dev.coodie4j.Consistency;
import dev.coodie4j.LwtOutcomeUnknownException;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.Column;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.table.EntityTable;
import org.jspecify.annotations.Nullable;
import dev.coodie4j.migrations.MigrationLockException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The runners' lock: one row of {@code coodie4j_migration_lock}, inserted {@code IF NOT EXISTS} with a TTL and renewed
 * by a heartbeat ({@code IF owner = me}) every third of the TTL while held. A runner that dies stops renewing, and its
 * row expires. An insert whose outcome is unknown is settled by a SERIAL read.
 */
public final class MigrationLock implements AutoCloseable {
  public static final String TABLE = "coodie4j_migration_lock";
  private static final System.Logger LOG = System.getLogger("dev.coodie4j.migrations");
  private static final Duration POLL = Duration.ofMillis(500);

  private final Mapper mapper;
  private final String table;
  private final String owner;
  private final int ttlSeconds;
  private final ScheduledExecutorService heartbeat;
  private volatile boolean lost;
  private final EntityTable<LockRow> rows;

  private MigrationLock(Mapper mapper, String keyspace, String table, String owner, int ttlSeconds) {
    this.mapper = mapper;
    this.rows = Mapper.builder(mapper.driver()).keyspace(keyspace).build().table(LockRow.class);
    this.table = table;
    this.owner = owner;
    this.ttlSeconds = ttlSeconds;
    this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "coodie4j-migration-lock");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Creates the lock table if it does not exist. */
  public static void create(Mapper mapper, String keyspace) {
    Stages.join(mapper.driver().executeSchemaChange("CREATE TABLE IF NOT EXISTS " + StateStore.quote(keyspace) + "."
        + TABLE + " (name text PRIMARY KEY, owner text, acquired_at timestamp)"));
  }

  /** Takes the lock, waiting at most {@code wait} while another runner holds it. */
  public static MigrationLock acquire(Mapper mapper, String keyspace, String owner, Duration ttl, Duration wait) {
    MigrationLock lock = new MigrationLock(mapper, keyspace, StateStore.quote(keyspace) + "." + TABLE, owner,
        (int) Math.max(3, ttl.toSeconds()));
    long deadline = System.nanoTime() + wait.toNanos();
    boolean logged = false;
    while (true) {
      if (lock.tryInsert()) {
        lock.heartbeat.scheduleAtFixedRate(lock::renew, lock.ttlSeconds * 1000L / 3, lock.ttlSeconds * 1000L / 3,
            TimeUnit.MILLISECONDS);
        return lock;
      }
      Holder holder = lock.holder();
      if (System.nanoTime() > deadline) {
        lock.heartbeat.shutdownNow();
        throw new MigrationLockException("the migration lock of keyspace " + keyspace + " is held by "
            + (holder == null ? "another runner (it was released just now: try again)" : holder.owner()
            + " until " + holder.until() + " unless renewed") + "; waited " + wait + ". If that runner died, the "
            + "lock expires by itself within its TTL", holder == null ? null : holder.owner(),
            holder == null ? null : holder.until());
      }
      if (!logged && holder != null) {
        LOG.log(System.Logger.Level.INFO, "waiting for the migration lock of {0}, held by {1} until {2}", keyspace,
            holder.owner(), holder.until());
        logged = true;
      }
      sleep(POLL);
    }
  }

  /** Whether the heartbeat found the lock taken by someone else (or gone): the runner must stop. */
  public boolean lost() {
    return lost;
  }

  public String owner() {
    return owner;
  }

  private record Holder(String owner, Instant until) {}

  /** The lock's row, read at SERIAL through the typed API (raw statements take write options only). */
  @Table(name = TABLE)
  public record LockRow(@PartitionKey String name, String owner, @Column("acquired_at") Instant acquiredAt) {}

  private boolean tryInsert() {
    try {
      return mapper.cql("INSERT INTO " + table + " (name, owner, acquired_at) VALUES ('migrate', ?, ?) IF NOT EXISTS "
          + "USING TTL " + ttlSeconds, owner, Instant.now()).execute();
    } catch (LwtOutcomeUnknownException unknown) {
      Holder holder = holder(); // the SERIAL read completes the round left in progress
      return holder != null && owner.equals(holder.owner());
    }
  }

  private @Nullable Holder holder() {
    var query = rows.query().where(LockRow::name).eq("migrate").consistency(Consistency.SERIAL);
    var row = query.first();
    if (row.isEmpty() || row.get().owner() == null) {
      return null;
    }
    int ttl = query.ttl(LockRow::owner).orElse(0);
    return new Holder(row.get().owner(), Instant.now().plusSeconds(ttl));
  }

  private void renew() {
    try {
      boolean kept = mapper.cql("UPDATE " + table + " USING TTL " + ttlSeconds + " SET owner = ?, acquired_at = ? "
          + "WHERE name = 'migrate' IF owner = ?", owner, Instant.now(), owner).execute();
      if (!kept) {
        lost = true;
        LOG.log(System.Logger.Level.ERROR, "the migration lock held by {0} was lost (expired or taken): this runner "
            + "stops after the current migration", owner);
      }
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "renewing the migration lock failed, trying again: " + e.getMessage());
    }
  }

  /** Stops the heartbeat and deletes the lock if it is still ours. */
  @Override
  public void close() {
    heartbeat.shutdownNow();
    try {
      heartbeat.awaitTermination(5, TimeUnit.SECONDS);
      mapper.cql("DELETE FROM " + table + " WHERE name = 'migrate' IF owner = ?", owner).execute();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "releasing the migration lock failed; it expires within {0} s: {1}",
          ttlSeconds, e.getMessage());
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MigrationLockException("interrupted while waiting for the migration lock", null, null);
    }
  }
}
