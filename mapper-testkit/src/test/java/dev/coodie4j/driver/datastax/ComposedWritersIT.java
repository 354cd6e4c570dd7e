package dev.coodie4j.driver.datastax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.cql.BoundStatement;
import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.ColumnType;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.annotation.UserType;
import dev.coodie4j.annotation.Vector;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.schema.ScalarType;
import dev.coodie4j.spi.EntityAccess;
import dev.coodie4j.spi.StatementSpec;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A statement's writer, its columns' writers composed with the statement's setters (the save path's and
 * {@link EntityBinder}'s), puts the same bytes on the wire as the binding's own setters, for every kind of writer:
 * primitives through their primitive codecs, boxed values, converted values, UDTs, vectors, empty collections and
 * nulls left unset.
 */
@CassandraTest
class ComposedWritersIT {
  @UserType
  public record Size(int width, int height) {}

  @Table
  public record Gauge(@PartitionKey String id, int count, long total, double mean, float ratio, boolean live,
      Integer boxed, String note, List<String> tags, Set<Integer> marks, DayOfWeek day,
      @ColumnType(ScalarType.ASCII) String code, @Vector(3) float[] direction, Size size) {}

  private static final Gauge FULL = new Gauge("g1", 7, 1L << 40, 2.5, 0.25f, true, 42, "note", List.of("a", "b"),
      Set.of(3, 1), DayOfWeek.FRIDAY, "ab", new float[] {1f, 0f, 2f}, new Size(3, 4));
  private static final Gauge SPARSE = new Gauge("g2", 0, 0L, 0.0, 0f, false, null, null, List.of(), null, null,
      null, null, null);

  private DataStaxDriver driver;
  private EntityAccess<Gauge> access;
  private DataStaxPrepared insert;

  @BeforeEach
  void prepare(Mapper mapper, TestKeyspace keyspace) {
    mapper.table(Gauge.class).sync();
    driver = DataStaxDriver.of(mapper, "ComposedWritersIT");
    access = EntityAccess.of(mapper, Gauge.class);
    insert = prepareInsert(keyspace);
  }

  private DataStaxPrepared prepareInsert(TestKeyspace keyspace) {
    List<ColumnModel> columns = access.model().columns();
    String cql = "INSERT INTO " + keyspace.name() + ".gauge ("
        + columns.stream().map(ColumnModel::name).collect(Collectors.joining(", ")) + ") VALUES ("
        + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    List<java.lang.reflect.Type> types = IntStream.range(0, columns.size()).mapToObj(access::bindingType).toList();
    return (DataStaxPrepared) driver.prepare(new StatementSpec(cql, types, List.of(), true)).toCompletableFuture()
        .join();
  }

  private BoundStatement composed(Gauge gauge, DataStaxPrepared writerOf, DataStaxPrepared boundTo) {
    return composed(gauge, writerOf, boundTo, false);
  }

  private BoundStatement composed(Gauge gauge, DataStaxPrepared writerOf, DataStaxPrepared boundTo,
      boolean writeNulls) {
    DataStaxBinding binding = (DataStaxBinding) boundTo.bind();
    int[] columns = IntStream.range(0, access.model().columns().size()).toArray();
    assertEquals(-1, access.writer(columns, writerOf, writeNulls).write(gauge, binding));
    return binding.boundStatement();
  }

  private BoundStatement throughTheBindingsSetters(Gauge gauge) {
    DataStaxBinding binding = (DataStaxBinding) insert.bind();
    for (int i = 0; i < access.model().columns().size(); i++) {
      access.write(gauge, i, binding, i);
    }
    return binding.boundStatement();
  }

  private static List<String> wire(BoundStatement statement) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < statement.size(); i++) {
      values.add(!statement.isSet(i) ? "unset" : String.valueOf(statement.getBytesUnsafe(i)));
    }
    return values;
  }

  @Test
  void everyKindOfWriterBindsTheSameBytesComposedAsThroughTheBindingsOwnSetters() {
    for (Gauge gauge : List.of(FULL, SPARSE)) {
      for (int round = 0; round < 300; round++) { // past the point where the JVM customizes the handles
        assertEquals(wire(throughTheBindingsSetters(gauge)), wire(composed(gauge, insert, insert)), gauge.id());
      }
    }
    List<String> sparse = wire(composed(SPARSE, insert, insert));
    List<String> unset = IntStream.range(0, sparse.size()).filter(i -> sparse.get(i).equals("unset"))
        .mapToObj(i -> access.model().columns().get(i).name()).toList();
    assertEquals(List.of("boxed", "note", "tags", "marks", "day", "code", "direction", "size"), unset,
        "nulls and an empty non-frozen collection are left unset: no tombstones");
    List<String> writingNulls = wire(composed(SPARSE, insert, insert, true));
    for (int i = 0; i < sparse.size(); i++) {
      assertEquals(sparse.get(i).equals("unset") ? "null" : sparse.get(i), writingNulls.get(i),
          "written as null when nulls are written: " + access.model().columns().get(i).name());
    }
  }

  @Test
  void composedWritersOfOneStatementSetABindingOfAnotherThroughThatBinding(TestKeyspace keyspace) {
    DataStaxPrepared other = prepareInsert(keyspace);
    assertEquals(wire(throughTheBindingsSetters(FULL)), wire(composed(FULL, insert, other)));
  }

  @Test
  void savedThroughComposedWritersTheRowReadsBackEqual(Mapper mapper) {
    var table = mapper.table(Gauge.class);
    for (int round = 0; round < 200; round++) {
      table.save(FULL);
    }
    table.save(SPARSE);
    Gauge read = table.get("g1").orElseThrow();
    assertEquals(List.of(FULL.count(), FULL.total(), FULL.mean(), FULL.ratio(), FULL.live(), FULL.boxed(),
            FULL.note(), FULL.tags(), FULL.marks(), FULL.day(), FULL.code(), FULL.size()),
        List.of(read.count(), read.total(), read.mean(), read.ratio(), read.live(), read.boxed(), read.note(),
            read.tags(), read.marks(), read.day(), read.code(), read.size()));
    assertEquals(List.of(1f, 0f, 2f), List.of(read.direction()[0], read.direction()[1], read.direction()[2]));
    Gauge sparse = table.get("g2").orElseThrow();
    assertTrue(sparse.note() == null && sparse.tags().isEmpty() && sparse.size() == null);
  }

  @Test
  void aValueTheColumnCannotHoldFailsBeforeSendingNamingTheColumn(Mapper mapper) {
    Gauge accented = new Gauge("g3", 1, 1, 1, 1, true, 1, "n", List.of(), Set.of(), DayOfWeek.MONDAY, "café",
        new float[] {1, 1, 1}, null);
    CoodieException e = assertThrows(CoodieException.class, () -> mapper.table(Gauge.class).save(accented));
    assertTrue(e.getMessage().contains("column \"code\"") && e.getMessage().contains("ascii"), e.getMessage());
    assertFalse(mapper.table(Gauge.class).get("g3").isPresent());
    Gauge shortVector = new Gauge("g4", 1, 1, 1, 1, true, 1, "n", List.of(), Set.of(), DayOfWeek.MONDAY, "a",
        new float[] {1, 1}, null);
    CoodieException v = assertThrows(CoodieException.class, () -> mapper.table(Gauge.class).save(shortVector));
    assertTrue(v.getMessage().contains("Gauge.direction is a vector of 3 floats, got 2"), v.getMessage());
  }
}
