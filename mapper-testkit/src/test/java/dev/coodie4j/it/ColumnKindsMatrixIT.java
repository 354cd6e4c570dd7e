package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.ColumnType;
import dev.coodie4j.annotation.CqlTuple;
import dev.coodie4j.annotation.Frozen;
import dev.coodie4j.annotation.Json;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Static;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.annotation.UserType;
import dev.coodie4j.annotation.Vector;
import dev.coodie4j.batch.BatchType;
import dev.coodie4j.query.Query;
import dev.coodie4j.schema.ScalarType;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server-side slice of the column kinds × operations matrix (the full matrix runs without a server, as property
 * tests in mapper-core): random rows over every kind of column, written by save, batch, update and saveChanges, read
 * back by key and found by eq and IN on a clustering key made of a text, an int, a UUID, an enum, a converted value, a
 * tuple and a user type.
 */
@CassandraTest
class ColumnKindsMatrixIT {
  enum Level { LOW, MID, HIGH }

  @CqlTuple
  record Pair(int left, String right) {}

  @UserType
  record Tag(String name, int weight) {}

  record Meta(String source, List<Integer> versions) {}

  @Table
  record Cell(@PartitionKey int bucket,
      @ClusteringKey(0) String text, @ClusteringKey(1) int number, @ClusteringKey(2) UUID uuid,
      @ClusteringKey(3) Level level, @ClusteringKey(4) ConvertersIT.Money money, @ClusteringKey(5) Pair pair,
      @ClusteringKey(6) Tag tag,
      @Static String owner, long big, double real, boolean flag, Instant at, LocalDate day, BigDecimal amount,
      ByteBuffer bytes, @ColumnType(ScalarType.INT) Level ordinal, List<String> names, Set<Integer> marks,
      Map<String, Integer> counts, @Frozen List<Pair> pairs, Tag label, ConvertersIT.Money price, @Json Meta meta,
      @Vector(2) float[] vector) {

    /** Equality by content, vectors and byte buffers included. */
    boolean sameAs(Cell other) {
      return Objects.equals(withoutArrays(), other.withoutArrays()) && Arrays.equals(vector, other.vector);
    }

    private List<Object> withoutArrays() {
      return Arrays.asList(bucket, text, number, uuid, level, money, pair, tag, owner, big, real, flag, at, day,
          amount, bytes, ordinal, names, marks, counts, pairs, label, price, meta);
    }

    Object[] key() {
      return new Object[] {bucket, text, number, uuid, level, money, pair, tag};
    }
  }

  private static EntityTable<Cell> cells;
  private static Mapper mapper;
  private static final List<Cell> written = new ArrayList<>();

  @BeforeAll
  static void write(Mapper given) {
    mapper = given;
    cells = mapper.table(Cell.class);
    cells.sync();
    Random random = new Random(20261202);
    for (int i = 0; i < 60; i++) {
      written.add(random(random, i));
    }
    for (int i = 0; i < written.size(); i++) {
      Cell cell = written.get(i);
      if (i % 3 == 0) {
        mapper.batch(BatchType.UNLOGGED).save(cell).execute();
      } else {
        cells.save(cell);
      }
    }
  }

  private static Cell random(Random random, int i) {
    int bucket = i % 4;
    String owner = "owner-" + bucket; // one static value per partition
    return new Cell(bucket, "t" + random.nextInt(3), random.nextInt(3) - 1, new UUID(random.nextLong(), i),
        Level.values()[random.nextInt(3)], new ConvertersIT.Money(random.nextInt(500)),
        new Pair(random.nextInt(3), "p" + random.nextInt(2)), new Tag("g" + random.nextInt(2), random.nextInt(3)),
        owner, random.nextLong(), random.nextDouble(), random.nextBoolean(),
        Instant.ofEpochMilli(1_700_000_000_000L + random.nextInt(1_000_000)), LocalDate.ofEpochDay(20_000 + i),
        new BigDecimal(random.nextInt(100_000)).movePointLeft(2),
        random.nextBoolean() ? null : ByteBuffer.wrap(new byte[] {(byte) i, (byte) random.nextInt()}),
        Level.values()[random.nextInt(3)], random.nextBoolean() ? List.of() : List.of("a" + i, "b"),
        Set.of(random.nextInt(5), 5 + random.nextInt(5)), Map.of("k" + random.nextInt(3), i),
        List.of(new Pair(i, "x")), random.nextBoolean() ? null : new Tag("label", i),
        new ConvertersIT.Money(random.nextInt(10_000)), new Meta("m", List.of(i)),
        new float[] {random.nextFloat(), random.nextFloat()});
  }

  @Test
  void everyRowReadsBackByKeyAsWritten() {
    for (Cell cell : written) {
      Cell loaded = cells.get(cell.key()).orElseThrow(() -> new AssertionError("missing " + cell));
      assertTrue(cell.sameAs(loaded), cell + "\n" + loaded);
    }
  }

  @Test
  void eqAndInOnEachClusteringKindFindExactlyTheMatchingRows() {
    for (Cell probe : written.subList(0, 12)) {
      Query<Cell> query = cells.query().where(Cell::bucket).eq(probe.bucket());
      List<java.util.function.Predicate<Cell>> matched = new ArrayList<>();
      matched.add(c -> c.bucket() == probe.bucket());
      Object[] key = probe.key();
      List<dev.coodie4j.query.PropertyRef<Cell, ?>> properties = List.of(Cell::text, Cell::number, Cell::uuid, Cell::level,
          Cell::money, Cell::pair, Cell::tag);
      for (int depth = 0; depth < properties.size(); depth++) {
        Object value = key[depth + 1];
        int column = depth + 1;
        Object other = otherValue(value);
        List<Cell> byIn = inQuery(query, properties.get(depth), value, other).list();
        List<Cell> expectedIn = written.stream().filter(c -> matched.stream().allMatch(p -> p.test(c)))
            .filter(c -> c.key()[column].equals(value) || c.key()[column].equals(other)).toList();
        assertEquals(keys(expectedIn), keys(byIn), "IN at depth " + depth + " for " + probe);
        query = eqQuery(query, properties.get(depth), value);
        matched.add(c -> c.key()[column].equals(value));
        List<Cell> expected = written.stream().filter(c -> matched.stream().allMatch(p -> p.test(c))).toList();
        assertEquals(keys(expected), keys(query.list()), "eq at depth " + depth + " for " + probe);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <V> Query<Cell> eqQuery(Query<Cell> query, dev.coodie4j.query.PropertyRef<Cell, V> property, Object value) {
    return query.where(property).eq((V) value);
  }

  @SuppressWarnings("unchecked")
  private static <V> Query<Cell> inQuery(Query<Cell> query, dev.coodie4j.query.PropertyRef<Cell, V> property, Object value,
      Object other) {
    return query.where(property).in(List.of((V) value, (V) other));
  }

  /** A second value of the same kind, which some rows may hold and others not. */
  private static Object otherValue(Object value) {
    if (value instanceof String s) {
      return s.equals("t0") ? "t1" : "t0";
    } else if (value instanceof Integer n) {
      return n == 0 ? 1 : 0;
    } else if (value instanceof UUID) {
      return written.get(written.size() - 1).uuid();
    } else if (value instanceof Level level) {
      return level == Level.LOW ? Level.HIGH : Level.LOW;
    } else if (value instanceof ConvertersIT.Money money) {
      return new ConvertersIT.Money(money.cents() + 1);
    } else if (value instanceof Pair pair) {
      return new Pair(pair.left() + 1, pair.right());
    }
    Tag tag = (Tag) value;
    return new Tag(tag.name(), tag.weight() + 1);
  }

  private static Cell withBucket(Cell c, int bucket) {
    return new Cell(bucket, c.text(), c.number(), c.uuid(), c.level(), c.money(), c.pair(), c.tag(), c.owner(), c.big(),
        c.real(), c.flag(), c.at(), c.day(), c.amount(), c.bytes(), c.ordinal(), c.names(), c.marks(), c.counts(),
        c.pairs(), c.label(), c.price(), c.meta(), c.vector());
  }

  private static List<String> keys(List<Cell> rows) {
    return rows.stream().map(c -> Arrays.toString(c.key())).sorted().toList();
  }

  @Test
  void updatesAndSaveChangesOfEveryRegularKindReadBack() {
    // a partition of its own: the other tests read the rows written before them
    Cell cell = withBucket(written.get(5), 99);
    cells.save(cell);
    cells.update(cell.key()).set(Cell::amount, new BigDecimal("1.23")).set(Cell::ordinal, Level.HIGH)
        .set(Cell::label, new Tag("changed", 9)).set(Cell::price, new ConvertersIT.Money(7))
        .set(Cell::meta, new Meta("updated", List.of(1, 2))).set(Cell::vector, new float[] {9f, 8f})
        .add(Cell::marks, Set.of(99)).put(Cell::counts, "new", 1).execute();
    Cell updated = cells.get(cell.key()).orElseThrow();
    assertEquals(new BigDecimal("1.23"), updated.amount());
    assertEquals(Level.HIGH, updated.ordinal());
    assertEquals(new Tag("changed", 9), updated.label());
    assertEquals(new ConvertersIT.Money(7), updated.price());
    assertEquals(new Meta("updated", List.of(1, 2)), updated.meta());
    assertEquals(9f, updated.vector()[0]);
    assertTrue(updated.marks().contains(99));
    assertEquals(1, updated.counts().get("new"));

    Cell changed = new Cell(updated.bucket(), updated.text(), updated.number(), updated.uuid(), updated.level(),
        updated.money(), updated.pair(), updated.tag(), "new owner", updated.big() + 1, updated.real(), !updated.flag(),
        updated.at(), updated.day(), updated.amount(), updated.bytes(), Level.LOW, List.of("z"), updated.marks(),
        updated.counts(), List.of(new Pair(0, "changed")), null, updated.price(), updated.meta(),
        updated.vector().clone());
    assertTrue(cells.saveChanges(updated, changed));
    Cell reloaded = cells.get(cell.key()).orElseThrow();
    assertTrue(changed.sameAs(reloaded), changed + "\n" + reloaded);
    assertFalse(cells.saveChanges(reloaded, changed), "nothing differs any more");
  }
}
