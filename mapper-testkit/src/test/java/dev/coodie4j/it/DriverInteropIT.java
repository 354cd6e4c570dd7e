package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.annotation.UserType;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.driver.datastax.EntityBinder;
import dev.coodie4j.driver.datastax.RowMapper;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@CassandraTest
class DriverInteropIT {
  @UserType
  public record Dimensions(int width, int height) {}

  @Table
  public record Shelf(@PartitionKey String shop, @ClusteringKey int position, String label, double load,
      List<String> items, Map<String, Integer> counts, Dimensions size) {}

  public enum Kind { BOX, BAG }

  /** A type hierarchy in one table, whose base RowMapper picks each row's record by its discriminator. */
  @Table(name = "parcels")
  @dev.coodie4j.annotation.Discriminator("kind")
  public sealed interface Parcel permits Letter, Box {}

  @dev.coodie4j.annotation.DiscriminatorValue("letter")
  public record Letter(@PartitionKey String id, boolean urgent) implements Parcel {}

  @dev.coodie4j.annotation.DiscriminatorValue("box")
  public record Box(@PartitionKey String id, double weight, int items) implements Parcel {}

  /** A class entity (no-arg constructor and setters), to read through RowMapper as well as records. */
  @Table
  public static class Crate {
    @PartitionKey private String id;
    private int count;
    private Kind kind;
    private String note;

    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id;
    }

    public int getCount() {
      return count;
    }

    public void setCount(int count) {
      this.count = count;
    }

    public Kind getKind() {
      return kind;
    }

    public void setKind(Kind kind) {
      this.kind = kind;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }

  private String table;

  @BeforeEach
  void sync(Mapper mapper, TestKeyspace keyspace) {
    mapper.table(Shelf.class).sync();
    table = keyspace.name() + ".shelf";
  }

  @Test
  void anEntityBoundIntoYourStatementReadsBackThroughYourRowsEqual(CqlSession session, Mapper mapper) {
    Shelf shelf = new Shelf("north", 3, "tools", 12.5, List.of("saw", "drill"), Map.of("saw", 2),
        new Dimensions(80, 200));
    PreparedStatement insert = session.prepare("INSERT INTO " + table
        + " (shop, position, label, load, items, counts, size) VALUES (?, ?, ?, ?, ?, ?, ?)");
    session.execute(EntityBinder.of(mapper, Shelf.class, insert).bind(shelf));
    PreparedStatement select = session.prepare("SELECT * FROM " + table + " WHERE shop = ? AND position = ?");
    Row row = session.execute(select.bind("north", 3)).one();
    assertEquals(shelf, RowMapper.of(mapper, Shelf.class, select.getResultSetDefinitions()).map(row));
    assertEquals(mapper.table(Shelf.class).get("north", 3).orElseThrow(),
        RowMapper.of(mapper, Shelf.class, row.getColumnDefinitions()).map(row));
  }

  @Test
  void theBaseOfATypeHierarchyMapsEachOfYourRowsAsItsRecord(CqlSession session, Mapper mapper, TestKeyspace keyspace) {
    mapper.table(Parcel.class).sync();
    mapper.table(Letter.class).save(new Letter("l1", true));
    mapper.table(Box.class).save(new Box("b1", 2.5, 3));
    session.execute("INSERT INTO " + keyspace.name() + ".parcels (id, kind) VALUES ('b2', 'box')"); // nulls
    PreparedStatement select = session.prepare("SELECT * FROM " + keyspace.name() + ".parcels WHERE id = ?");
    RowMapper<Parcel> toParcel = RowMapper.of(mapper, Parcel.class, select.getResultSetDefinitions());
    assertEquals(new Letter("l1", true), toParcel.map(session.execute(select.bind("l1")).one()));
    assertEquals(new Box("b1", 2.5, 3), toParcel.map(session.execute(select.bind("b1")).one()));
    assertEquals(new Box("b2", 0.0, 0), toParcel.map(session.execute(select.bind("b2")).one()));
    assertEquals(mapper.table(Parcel.class).get("b2").orElseThrow(),
        toParcel.map(session.execute(select.bind("b2")).one()));
  }

  @Test
  void nullColumnsAndBadStoredValuesReadThroughRowMapperAsThroughTheMapper(CqlSession session, Mapper mapper,
      TestKeyspace keyspace) {
    session.execute("INSERT INTO " + table + " (shop, position) VALUES ('west', 5)"); // load, a double, is null
    PreparedStatement shelves = session.prepare("SELECT * FROM " + table + " WHERE shop = ?");
    Shelf west = RowMapper.of(mapper, Shelf.class, shelves.getResultSetDefinitions())
        .map(session.execute(shelves.bind("west")).one());
    assertEquals(new Shelf("west", 5, null, 0.0, List.of(), Map.of(), null), west);
    assertEquals(mapper.table(Shelf.class).get("west", 5).orElseThrow(), west);

    mapper.table(Crate.class).sync();
    String crates = keyspace.name() + ".crate";
    session.execute("INSERT INTO " + crates + " (id, kind, note) VALUES ('a', 'BAG', 'light')"); // count is null
    session.execute("INSERT INTO " + crates + " (id, kind) VALUES ('b', 'SPHERE')");
    PreparedStatement select = session.prepare("SELECT note, kind, id, count FROM " + crates + " WHERE id = ?");
    RowMapper<Crate> toCrate = RowMapper.of(mapper, Crate.class, select.getResultSetDefinitions());
    Crate a = toCrate.map(session.execute(select.bind("a")).one());
    assertEquals(List.of("a", 0, Kind.BAG, "light"), List.of(a.getId(), a.getCount(), a.getKind(), a.getNote()));
    Row b = session.execute(select.bind("b")).one();
    Expect.failsWith(() -> toCrate.map(b), "Crate: cannot read a row: column \"kind\" of " + crates
        + " holds 'SPHERE', which is not a constant of enum Kind [BOX, BAG]");
  }

  @Test
  void variablesInAnotherOrderAndUnselectedColumnsAreMatchedByName(CqlSession session, Mapper mapper) {
    PreparedStatement update = session.prepare("UPDATE " + table + " SET label = ?, load = ? WHERE shop = ? AND "
        + "position = ?");
    session.execute(EntityBinder.of(mapper, Shelf.class, update)
        .bind(new Shelf("south", 1, "paint", 4.0, null, null, null)));
    PreparedStatement select = session.prepare("SELECT load, position, shop FROM " + table + " WHERE shop = ?");
    Shelf partial = RowMapper.of(mapper, Shelf.class, select.getResultSetDefinitions())
        .map(session.execute(select.bind("south")).one());
    assertEquals(new Shelf("south", 1, null, 4.0, List.of(), Map.of(), null), partial); // collections read as empty
  }

  @Test
  void aRowOfAnotherShapeIsRefusedRatherThanMappedWrong(CqlSession session, Mapper mapper) {
    session.execute("INSERT INTO " + table + " (shop, position, label, items) VALUES ('alley', 1, 'nails', ['box'])");
    RowMapper<Shelf> toShelf = RowMapper.of(mapper, Shelf.class,
        session.execute("SELECT shop, position, label, items FROM " + table + " WHERE shop = 'alley'")
            .getColumnDefinitions());
    Shelf expected = new Shelf("alley", 1, "nails", 0.0, List.of("box"), Map.of(), null);
    // the same columns from another execution: a new definitions object, checked once and then mapped
    for (int i = 0; i < 2; i++) {
      assertEquals(expected, toShelf.map(session.execute("SELECT shop, position, label, items FROM " + table
          + " WHERE shop = 'alley'").one()));
    }
    Row swapped = session.execute("SELECT shop, position, items, label FROM " + table + " WHERE shop = 'alley'").one();
    Expect.failsWith(() -> toShelf.map(swapped), "RowMapper of Shelf was built for rows with \"label\" text at "
        + "position 2, but this row has \"items\" list<text> there: build one RowMapper per statement");
    Row shorter = session.execute("SELECT shop, position FROM " + table + " WHERE shop = 'alley'").one();
    Expect.failsWith(() -> toShelf.map(shorter), "\"label\" text at position 2, but this row has no column there");
    assertEquals(expected, toShelf.map(session.execute("SELECT shop, position, label, items FROM " + table
        + " WHERE shop = 'alley'").one()), "a refused row leaves the mapper as it was");
  }

  @Test
  void nullPropertiesLeaveTheirVariablesUnset(CqlSession session, Mapper mapper) {
    PreparedStatement insert = session.prepare("INSERT INTO " + table + " (shop, position, label, items) "
        + "VALUES (?, ?, ?, ?)");
    BoundStatement bound = EntityBinder.of(mapper, Shelf.class, insert)
        .bind(new Shelf("east", 2, null, 0, null, null, null));
    assertFalse(bound.isSet(2));
    assertFalse(bound.isSet(3));
  }

  @Test
  void mistakesAreNamed(CqlSession session, Mapper mapper) {
    PreparedStatement insert = session.prepare("INSERT INTO " + table + " (shop, position, label) VALUES (?, ?, ?)");
    Expect.failsWith(() -> EntityBinder.of(mapper, Shelf.class, insert).bind(new Shelf(null, 1, "x", 0, null, null,
        null)), "primary key property 'shop'");
    Expect.failsWith(() -> EntityBinder.of(mapper, Shelf.class, insert).bind(null), "was given null");
    PreparedStatement foreign = session.prepare("SELECT release_version AS label, host_id FROM system.local");
    Expect.failsWith(() -> EntityBinder.of(mapper, Shelf.class,
        session.prepare("SELECT * FROM " + table + " WHERE shop = :store")), "(\"store\")");
    Expect.failsWith(() -> RowMapper.of(mapper, Shelf.class,
        session.prepare("SELECT host_id FROM system.local").getResultSetDefinitions()), "none of the columns of Shelf");
    Expect.failsWith(() -> RowMapper.of(mapper, Shelf.class,
        session.prepare("SELECT host_id AS label FROM system.local").getResultSetDefinitions()),
        "Shelf.label (java.lang.String) cannot hold");
    Expect.failsWith(() -> RowMapper.of(mapper, Shelf.class, foreign.getResultSetDefinitions()).map(null),
        "was given no row");
    Mapper counted = Mapper.of(new CountingDriver(DataStaxDriver.of(session)));
    Expect.failsWith(() -> RowMapper.of(counted, Shelf.class, foreign.getResultSetDefinitions()),
        "needs a mapper built on DataStaxDriver");
  }

  @Test
  void createTypeCqlIsRenderedOnceAndNamesItsMistakes(Mapper mapper, TestKeyspace keyspace) {
    String cql = mapper.createTypeCql(Dimensions.class);
    assertEquals("CREATE TYPE IF NOT EXISTS \"" + keyspace.name() + "\".\"dimensions\" (\"width\" int, \"height\" int)",
        cql);
    org.junit.jupiter.api.Assertions.assertSame(cql, mapper.createTypeCql(Dimensions.class));
    Expect.failsWith(() -> mapper.createTypeCql(Shelf.class), "is not a user type: annotate the record with @UserType");
  }
}
