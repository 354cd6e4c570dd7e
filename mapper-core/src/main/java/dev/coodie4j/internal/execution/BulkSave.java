package dev.coodie4j.internal.execution;

import dev.coodie4j.CoodieException;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.batch.BatchType;
import dev.coodie4j.spi.Binding;
import dev.coodie4j.spi.PreparedCql;
import dev.coodie4j.table.BulkGrouping;
import dev.coodie4j.table.BulkSaveResult;
import dev.coodie4j.table.SaveResult;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Saves the entities of an iterator with at most {@code maxInFlight} statements outstanding. Entities are taken a
 * window at a time; those of one window that share a partition go into unlogged batches (one partition each, so one
 * replica set does one write), the others are single saves, each sent token-aware. With
 * {@link BulkGrouping#REPLICA_SET}, rows are bound as the window is taken, and partitions whose replicas are the same
 * nodes share batches too. A statement's outcome is each of its rows' outcome. Entities are taken from the iterator
 * on the calling thread first, then on the threads that complete writes: the iterator must not block.
 *
 * <p>Entities with one primary key end as if saved in order: statements are sent in the iterator's order, once the
 * INSERT is prepared (so that none waits for it and overtakes another), and two writes of one row never share a
 * batch, where they would share its timestamp and the server would keep the greater value rather than the later.
 */
public final class BulkSave<T> {
  /** Entities grouped by partition at a time. */
  static final int WINDOW = 256;
  /** Rows of one partition per batch, well under Cassandra's batch size warning for ordinary rows. */
  static final int MAX_BATCH_ROWS = 32;
  /** Partitions per batch of one replica set: Cassandra's default warning threshold for unlogged batches. */
  static final int MAX_BATCH_PARTITIONS = 10;
  /**
   * Bytes per batch of one replica set, under Cassandra's 5 KiB batch size warning, counted as it counts them: each
   * row's values, and {@value #CELL_BYTES} more per column for its cell's timestamp, TTL and deletion time.
   */
  static final int MAX_BATCH_BYTES = 4 * 1024;
  static final int CELL_BYTES = 16;

  private final TableOperations<T> table;
  private final Iterator<? extends T> entities;
  private final WriteOptions options;
  private final WriteOptions rowOptions;
  private final WriteOptions batchOptions;
  private final boolean batching;
  private final int maxInFlight;
  private final int partitionKeySize;
  private final int primaryKeySize;
  private final ArrayDeque<Unit<T>> units = new ArrayDeque<>(); // touched only inside drain
  /** Whether partitions are grouped by replicas; turned off when the driver cannot tell them. Only inside drain. */
  private boolean byReplicas;
  private final AtomicInteger wip = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicLong saved = new AtomicLong();
  private final ConcurrentLinkedQueue<SaveResult<T>> failures = new ConcurrentLinkedQueue<>();
  private final CompletableFuture<BulkSaveResult<T>> done = new CompletableFuture<>();
  private boolean exhausted;
  /** Entities taken from the iterator so far. Only inside drain. */
  private long entitiesTaken;

  /**
   * Rows sent as one statement: one row, or a batch; with {@code bound}, the rows' writes and their bindings, made
   * as the window was taken.
   */
  private record Unit<T>(List<T> rows, @Nullable List<Write> writes, @Nullable List<Binding> bound) {
    static <T> Unit<T> of(List<T> rows) {
      return new Unit<>(rows, null, null);
    }
  }

  private BulkSave(TableOperations<T> table, Iterator<? extends T> entities, WriteOptions options, int maxInFlight,
      BulkGrouping grouping) {
    this.table = table;
    this.entities = entities;
    this.options = options;
    this.maxInFlight = maxInFlight;
    this.partitionKeySize = table.model().partitionKey().size();
    this.primaryKeySize = table.model().primaryKey().size();
    // a batch carries consistency and timeout; its rows carry TTL, timestamp and null handling
    WriteOptions rows = WriteOptions.defaults().withNulls(options.nulls());
    if (options.ttlSeconds().isPresent()) {
      rows = rows.withTtl(Duration.ofSeconds(options.ttlSeconds().getAsInt()));
    }
    if (options.timestampMicros().isPresent()) {
      rows = rows.withTimestampMicros(options.timestampMicros().getAsLong());
    }
    WriteOptions batch = WriteOptions.defaults();
    if (options.consistency().isPresent()) {
      batch = batch.withConsistency(options.consistency().get());
    }
    if (options.timeout().isPresent()) {
      batch = batch.withTimeout(options.timeout().get());
    }
    this.rowOptions = rows;
    this.batchOptions = batch;
    this.batching = options.serialConsistency().isEmpty() && !table.model().isCounterTable();
    this.byReplicas = batching && grouping == BulkGrouping.REPLICA_SET;
  }

  /** Saves every entity; the stage completes when every write has ended, never exceptionally for a row's failure. */
  public static <T> CompletionStage<BulkSaveResult<T>> run(TableOperations<T> table, Iterable<? extends T> entities,
      WriteOptions options, int maxInFlight, BulkGrouping grouping) {
    if (entities == null || options == null || grouping == null) {
      throw new CoodieException(table.model().entityClass().getSimpleName() + ".saveAll needs entities, write "
          + "options and a grouping; got " + (entities == null ? "no entities"
          : options == null ? "no write options" : "no grouping"));
    }
    if (maxInFlight < 1) {
      throw new CoodieException(table.model().entityClass().getSimpleName() + ".saveAll with at most " + maxInFlight
          + " writes in flight: use at least 1");
    }
    BulkSave<T> bulk = new BulkSave<>(table, entities.iterator(), options, maxInFlight, grouping);
    CompletableFuture<PreparedCql> preparing = bulk.insertPreparing();
    if (preparing == null) {
      bulk.drain();
    } else { // a failed preparation fails each row's save, which prepares again
      preparing.whenComplete((statement, error) -> bulk.drain());
    }
    return bulk.done;
  }

  /** The INSERT's preparation while it runs; null once prepared, or for a table whose rows are refused anyway. */
  private CompletableFuture<PreparedCql> insertPreparing() {
    if (!table.isWritable() || table.model().isCounterTable()) {
      return null;
    }
    CompletableFuture<PreparedCql> prepared = table.prepared(table.inserts().saveSpec(rowOptions));
    return prepared.isDone() ? null : prepared;
  }

  private void drain() {
    if (wip.getAndIncrement() != 0) {
      return;
    }
    int missed = 1;
    do {
      try {
        while (inFlight.get() < maxInFlight) {
          if (units.isEmpty() && !exhausted) {
            takeWindow();
          }
          Unit<T> unit = units.poll();
          if (unit == null) {
            break;
          }
          inFlight.incrementAndGet();
          send(unit);
        }
      } catch (RuntimeException e) { // a bug of ours: end the run with what is known rather than hang
        exhausted = true;
        units.clear();
        failures.add(new SaveResult<>(null, Optional.of(new CoodieException(table.model().entityClass()
            .getSimpleName() + ".saveAll stopped: " + e, e))));
      }
      if (exhausted && units.isEmpty() && inFlight.get() == 0 && !done.isDone()) {
        done.complete(new BulkSaveResult<>(saved.get(), new ArrayList<>(failures)));
      }
      missed = wip.addAndGet(-missed);
    } while (missed != 0);
  }

  /** Takes up to a window of entities and groups them into units: a partition's rows, or single rows. */
  private void takeWindow() {
    Map<List<Object>, List<T>> byPartition = new LinkedHashMap<>();
    List<T> singles = new ArrayList<>();
    int taken = 0;
    try {
      while (taken < WINDOW && entities.hasNext()) {
        T entity = entities.next();
        taken++;
        long index = entitiesTaken++;
        if (entity == null) { // refused before sending, as an invalid row is: it fails alone
          failures.add(new SaveResult<>(null, Optional.of(new CoodieException(table.model().entityClass()
              .getSimpleName() + ".saveAll: the entity at index " + index + " (from 0) of the entities given is null; "
              + "leave nulls out of what you save (the others are written)"))));
          continue;
        }
        List<Object> key = batching ? partitionKey(entity) : null;
        if (key == null) {
          singles.add(entity);
        } else {
          byPartition.computeIfAbsent(key, k -> new ArrayList<>(1)).add(entity);
        }
      }
      exhausted = !entities.hasNext();
    } catch (RuntimeException e) { // the iterator failed: the entities it gave are still written
      exhausted = true;
      failures.add(new SaveResult<>(null, Optional.of(new CoodieException(table.model().entityClass()
          .getSimpleName() + ".saveAll: the entities' iterator failed after " + taken + " of this window; the "
          + "entities it gave are written: " + e.getMessage(), e))));
    }
    Collection<List<T>> partitions = byPartition.values();
    if (byReplicas && !partitions.isEmpty()) {
      partitions = packByReplicas(partitions);
    }
    for (List<T> rows : partitions) {
      boolean[] repeats = repeats(rows);
      int from = 0;
      for (int i = 1; i <= rows.size(); i++) {
        if (i == rows.size() || i - from == MAX_BATCH_ROWS || (repeats != null && repeats[i])) {
          units.add(Unit.of(rows.subList(from, i)));
          from = i;
        }
      }
    }
    for (T single : singles) {
      units.add(Unit.of(List.of(single)));
    }
  }

  /**
   * Binds each row of the partitions and packs the partitions with the same replicas into batches; returns the
   * partitions left to group alone: all of them when the INSERT could not be prepared, and those whose replicas the
   * driver cannot tell. A row that fails as it is bound fails alone.
   */
  private Collection<List<T>> packByReplicas(Collection<List<T>> partitions) {
    CompletableFuture<PreparedCql> prepared = table.prepared(table.inserts().saveSpec(rowOptions));
    if (!prepared.isDone() || prepared.isCompletedExceptionally()) {
      return partitions; // its preparation failed: their saves try again
    }
    PreparedCql statement = prepared.join();
    int cells = CELL_BYTES * statement.spec().variableTypes().size();
    List<List<T>> alone = new ArrayList<>();
    Map<Object, Pack<T>> packs = new LinkedHashMap<>();
    for (List<T> partition : partitions) {
      if (!byReplicas) { // the driver could not tell an earlier partition's replicas: left unbound, bound once on sending
        alone.add(partition);
        continue;
      }
      Pack<T> bound = new Pack<>();
      for (T entity : partition) {
        try {
          Write write = table.inserts().insertWrite(entity, rowOptions, false);
          Binding binding = statement.bind();
          write.accept(binding);
          bound.add(entity, write, binding, false);
        } catch (CoodieException invalid) { // refused before sending: that row alone fails
          failures.add(new SaveResult<>(entity, Optional.of(invalid)));
        }
      }
      if (bound.rows.isEmpty()) {
        continue;
      }
      Object replicas = bound.bound.get(0).replicaSet();
      if (replicas == null) { // the driver cannot tell: from here on, partitions are grouped alone
        byReplicas = false;
        alone.add(bound.rows);
        continue;
      }
      Pack<T> pack = packs.computeIfAbsent(replicas, r -> new Pack<>());
      boolean[] repeats = repeats(bound.rows);
      for (int i = 0; i < bound.rows.size(); i++) {
        Binding binding = bound.bound.get(i);
        int bytes = Math.max(0, binding.valueBytes()) + cells;
        if (!pack.rows.isEmpty() && ((i == 0 && pack.partitions == MAX_BATCH_PARTITIONS)
            || pack.rows.size() == MAX_BATCH_ROWS || pack.bytes + bytes > MAX_BATCH_BYTES
            || (repeats != null && repeats[i]))) {
          units.add(pack.unit());
          pack = new Pack<>();
          packs.put(replicas, pack);
        }
        pack.add(bound.rows.get(i), bound.writes.get(i), binding, i == 0 || pack.rows.isEmpty());
        pack.bytes += bytes;
      }
    }
    for (Pack<T> pack : packs.values()) {
      units.add(pack.unit());
    }
    return alone;
  }

  /** Rows bound for one batch, with the partitions and bytes of values they hold. */
  private static final class Pack<T> {
    final List<T> rows = new ArrayList<>();
    final List<Write> writes = new ArrayList<>();
    final List<Binding> bound = new ArrayList<>();
    int partitions;
    int bytes;

    void add(T row, Write write, Binding binding, boolean newPartition) {
      rows.add(row);
      writes.add(write);
      bound.add(binding);
      partitions += newPartition ? 1 : 0;
    }

    Unit<T> unit() {
      return new Unit<>(rows, writes, bound);
    }
  }

  /**
   * For the rows of one partition, in order: whether each repeats the primary key of a row since the last repeat, and
   * so must start a new statement; null when no row repeats one.
   */
  private boolean @Nullable [] repeats(List<T> partition) {
    if (partition.size() < 2) {
      return null;
    }
    boolean[] repeats = null;
    Set<List<Object>> keys = new HashSet<>();
    for (int i = 0; i < partition.size(); i++) {
      List<Object> primaryKey = keyValues(partition.get(i), primaryKeySize);
      if (!keys.add(primaryKey)) {
        repeats = repeats != null ? repeats : new boolean[partition.size()];
        repeats[i] = true;
        keys.clear();
        keys.add(primaryKey);
      }
    }
    return repeats;
  }

  /** The partition key's values, or null when the row is not one to batch (null, or with a null key value). */
  private List<Object> partitionKey(T entity) {
    if (!table.model().entityClass().isInstance(entity)) {
      return null;
    }
    List<Object> key = keyValues(entity, partitionKeySize);
    return key.contains(null) ? null : key;
  }

  /** The values of the entity's first {@code size} columns: its partition key, or its primary key. */
  private List<Object> keyValues(T entity, int size) {
    Object[] key = new Object[size];
    for (int i = 0; i < size; i++) {
      key[i] = table.mapping().get(entity, i);
    }
    return Arrays.asList(key);
  }

  /** A binding that keeps nothing: binding a row to it runs the row's own checks and sends nothing. */
  private static final class BindingCheck implements Binding {
    static final BindingCheck INSTANCE = new BindingCheck();

    /** None: a check only runs the binder's checks, through the writers that need no statement. */
    @Override
    public PreparedCql statement() {
      return null;
    }

    @Override
    public void set(int index, Object value) {}

    @Override
    public void setInt(int index, int value) {}

    @Override
    public void setLong(int index, long value) {}

    @Override
    public void setDouble(int index, double value) {}

    @Override
    public void setFloat(int index, float value) {}

    @Override
    public void setBoolean(int index, boolean value) {}

    @Override
    public void setNull(int index) {}

    @Override
    public CompletionStage<dev.coodie4j.spi.ResultPage> execute(dev.coodie4j.spi.ExecutionOptions options) {
      throw new IllegalStateException("a binding check is never executed");
    }
  }

  private void send(Unit<T> unit) {
    send(unit, unit.bound() == null);
  }

  /**
   * Sends a unit (one row, or a batch of one partition's rows) in the in-flight slot taken for it. A batch that fails
   * as it is bound (a converter that refuses a value runs only then) was never sent: with {@code separable}, each of
   * its rows is bound again alone, a row that fails fails with its own exception, and the others are sent again.
   */
  private void send(Unit<T> unit, boolean separable) {
    CompletionStage<?> sent;
    List<T> rows = unit.rows();
    List<Write> writes = List.of();
    if (rows.size() == 1) {
      sent = Futures.attempt(() -> table.inserts().save(unit.rows().get(0), options));
    } else if (unit.bound() != null) {
      writes = unit.writes();
      sent = Futures.attempt(() -> BatchRunner.execute(table.driver(), BatchType.UNLOGGED, unit.writes(),
          unit.bound(), batchOptions));
    } else {
      writes = new ArrayList<>(rows.size());
      List<T> batched = new ArrayList<>(rows.size());
      for (T entity : rows) {
        try {
          Write write = table.inserts().insertWrite(entity, rowOptions, false);
          // the checks that run as a row is bound (a null clustering key, a vector's size) run now, so that a bad
          // row fails alone rather than failing its whole batch
          write.accept(BindingCheck.INSTANCE);
          writes.add(write);
          batched.add(entity);
        } catch (CoodieException invalid) { // refused before sending: that row alone fails
          failures.add(new SaveResult<>(entity, Optional.of(invalid)));
        }
      }
      rows = batched;
      List<Write> batch = writes;
      sent = writes.isEmpty() ? CompletableFuture.completedFuture(null)
          : Futures.attempt(() -> BatchRunner.execute(table.driver(), BatchType.UNLOGGED, batch, batchOptions));
    }
    List<T> outcomeRows = rows;
    List<Write> outcomeWrites = writes;
    sent.whenComplete((ignored, error) -> {
      if (error == null) {
        saved.addAndGet(outcomeRows.size());
      } else {
        CoodieException failure = Futures.asCoodie(error);
        List<T> others = separable && outcomeRows.size() > 1 ? boundAlone(outcomeRows, outcomeWrites) : null;
        if (others != null) {
          if (!others.isEmpty()) {
            send(Unit.of(others), false); // the same slot; its completion frees it
            return;
          }
        } else {
          for (T entity : outcomeRows) {
            failures.add(new SaveResult<>(entity, Optional.of(failure)));
          }
        }
      }
      inFlight.decrementAndGet();
      drain();
    });
  }

  /**
   * After a batch failed: the rows that bind alone to their prepared statement, each row that does not recorded with
   * its own failure; null when every row binds, or a statement is not prepared (then the batch failed for another
   * reason, and every row shares its outcome).
   */
  private List<T> boundAlone(List<T> rows, List<Write> writes) {
    List<CompletableFuture<PreparedCql>> statements = new ArrayList<>(rows.size());
    for (Write write : writes) {
      CompletableFuture<PreparedCql> prepared = write.table().prepared(write.spec());
      if (!prepared.isDone() || prepared.isCompletedExceptionally()) {
        return null;
      }
      statements.add(prepared);
    }
    List<T> bound = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      try {
        writes.get(i).accept(statements.get(i).join().bind());
        bound.add(rows.get(i));
      } catch (CoodieException own) {
        failures.add(new SaveResult<>(rows.get(i), Optional.of(own)));
      }
    }
    return bound.size() == rows.size() ? null : bound;
  }
}
