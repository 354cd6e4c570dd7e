package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.CoodieException;
import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.Frozen;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.annotation.UserType;
import dev.coodie4j.schema.SyncResult;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CassandraTest
class UserTypesIT {
  @UserType
  record Geo(double lat, double lon) {}

  @UserType
  record Address(String street, String city, Geo geo, List<String> lines) {}

  @UserType(name = "address")
  record AddressV2(String street, String city, Geo geo, List<String> lines, String zip) {}

  @UserType(name = "address")
  record AddressRetyped(int street) {}

  @Table(name = "client")
  record Client(@PartitionKey UUID id, Address home, @Frozen Address billing, List<Address> previous,
      Map<String, Address> byLabel) {}

  @Table(name = "client")
  record ClientV2(@PartitionKey UUID id, AddressV2 home) {}

  @Table(name = "client")
  record ClientRetyped(@PartitionKey UUID id, AddressRetyped home) {}

  @UserType
  record Node(String value, List<Node> children) {}

  @Table
  record Tree(@PartitionKey UUID id, Node root) {}

  @UserType(name = "level")
  record Level(String unit, int count, double value) {}

  @Table(name = "meter")
  record Meter(@PartitionKey UUID id, Level level) {}

  @UserType(name = "level")
  record StrictLevel(String unit, int count, double value) {
    StrictLevel {
      if (unit == null) {
        throw new IllegalArgumentException("a level needs a unit");
      }
    }
  }

  @Table(name = "meter")
  record StrictMeter(@PartitionKey UUID id, StrictLevel level) {}

  private static Address address(String city) {
    return new Address("1 Main St", city, new Geo(45.7, 4.8), List.of("c/o Ada"));
  }

  @Test
  void typesAreCreatedInDependencyOrderAndValuesRoundTrip(Mapper mapper, TestKeyspace keyspace) {
    EntityTable<Client> clients = mapper.table(Client.class);
    SyncResult created = clients.sync();
    String ks = "\"" + keyspace.name() + "\"";
    assertEquals("CREATE TYPE IF NOT EXISTS " + ks + ".\"geo\" (\"lat\" double, \"lon\" double)",
        created.statements().get(0));
    assertEquals("CREATE TYPE IF NOT EXISTS " + ks + ".\"address\" (\"street\" text, \"city\" text, "
        + "\"geo\" frozen<geo>, \"lines\" frozen<list<text>>)", created.statements().get(1));
    assertTrue(created.statements().get(2).contains("\"home\" address, \"billing\" frozen<address>, "
        + "\"previous\" list<frozen<address>>, \"by_label\" map<text, frozen<address>>"), created.statements().get(2));
    assertTrue(clients.syncDryRun().unchanged());

    Client client = new Client(UUID.randomUUID(), address("Lyon"), new Address("2 Side St", null, null, List.of()),
        List.of(address("Paris"), address("Nice")), Map.of("work", address("Turin")));
    clients.save(client);
    assertEquals(client, clients.get(client.id()).orElseThrow());

    clients.update(client.id()).setField(Client::home, "city", "Grenoble").execute();
    Address home = clients.get(client.id()).orElseThrow().home();
    assertEquals("Grenoble", home.city());
    assertEquals("1 Main St", home.street(), "the other fields are kept");
    assertThrows(CoodieException.class, () -> clients.update(client.id()).setField(Client::billing, "city", "x"));
    assertThrows(CoodieException.class, () -> clients.update(client.id()).setField(Client::home, "town", "x"));

    // text fields the JDK's conversions would alter are stored as given
    Client unusual = new Client(UUID.randomUUID(), new Address("Stra\u00DFe 5?", "\uFFFD", null, List.of("?")),
        new Address("\uD83D\uDE80 Pad 39A", "", null, List.of()), List.of(), Map.of());
    clients.save(unusual);
    assertEquals(unusual, clients.get(unusual.id()).orElseThrow());
  }

  @Test
  void aFieldValueItsTypeCannotHoldFailsBeforeSendingNamingTheFieldTheUserTypeAndTheColumn(Mapper mapper,
      TestKeyspace keyspace) {
    EntityTable<Client> clients = mapper.table(Client.class);
    clients.sync();
    String ks = keyspace.name();
    String field = ": field \"street\" of user type " + ks + ".address is text and cannot hold 'a\\uD800b': its "
        + "character \\uD800 at index 1 is half of a surrogate pair, which UTF-8 cannot encode; pair it or remove it";

    Client inColumn = new Client(UUID.randomUUID(), new Address("a\uD800b", "Lyon", null, List.of()), null, List.of(),
        Map.of());
    CoodieException direct = assertThrows(CoodieException.class, () -> clients.save(inColumn));
    assertTrue(direct.getMessage().startsWith("column \"home\" of " + ks + ".client is "), direct.getMessage());
    assertTrue(direct.getMessage().contains(field), direct.getMessage());
    CoodieException fieldFailure = assertInstanceOf(CoodieException.class, direct.getCause());
    assertNotNull(fieldFailure.getCause(), "the driver's refusal is kept as the cause");

    Client inList = new Client(UUID.randomUUID(), null, null,
        List.of(address("Paris"), new Address("a\uD800b", null, null, List.of())), Map.of());
    CoodieException nested = assertThrows(CoodieException.class, () -> clients.save(inList));
    assertTrue(nested.getMessage().startsWith("column \"previous\" of " + ks + ".client is list<" + ks
        + ".address> and cannot hold "), nested.getMessage()); // the protocol's types do not say frozen
    assertTrue(nested.getMessage().contains(field), nested.getMessage());

    assertTrue(clients.get(inColumn.id()).isEmpty(), "nothing was sent");
    assertTrue(clients.get(inList.id()).isEmpty(), "nothing was sent");
  }

  @Test
  void nullFieldsOfPrimitiveComponentsReadAsTheirJavaDefaultAndAThrowingConstructorIsNamed(Mapper mapper,
      TestKeyspace keyspace, com.datastax.oss.driver.api.core.CqlSession session) {
    EntityTable<Meter> meters = mapper.table(Meter.class);
    meters.sync();
    UUID partial = UUID.randomUUID();
    UUID unitless = UUID.randomUUID();
    session.execute("INSERT INTO \"" + keyspace.name() + "\".meter (id, level) VALUES (" + partial + ", {unit: 'kg'})");
    session.execute("INSERT INTO \"" + keyspace.name() + "\".meter (id, level) VALUES (" + unitless + ", {count: 2})");
    assertEquals(new Level("kg", 0, 0.0), meters.get(partial).orElseThrow().level());
    Meter full = new Meter(UUID.randomUUID(), new Level("m", 3, 1.5));
    meters.save(full);
    assertEquals(full, meters.get(full.id()).orElseThrow());
    CoodieException thrown = assertThrows(CoodieException.class,
        () -> mapper.table(StrictMeter.class).get(unitless));
    assertTrue(thrown.getMessage().contains("StrictLevel") && thrown.getMessage().contains("a level needs a unit"),
        thrown.getMessage());
  }

  /** A projection of a user-type column. */
  record MeterLevel(Level level) {}

  @Test
  void projectionsAndRawCqlRecordsReadUserTypeColumnsAsTheirRecords(Mapper mapper, TestKeyspace keyspace) {
    EntityTable<Meter> meters = mapper.table(Meter.class);
    meters.sync();
    Meter meter = new Meter(UUID.randomUUID(), new Level("s", 2, 0.5));
    meters.save(meter);
    List<MeterLevel> expected = List.of(new MeterLevel(meter.level()));
    assertEquals(expected, meters.query().where(Meter::id).eq(meter.id()).list(MeterLevel.class));
    assertEquals(expected, mapper.cql("SELECT level FROM \"" + keyspace.name() + "\".meter WHERE id = ?", meter.id())
        .list(MeterLevel.class));
  }

  @Test
  void newFieldsAreAddedAndChangedFieldTypesRefused(Mapper mapper, TestKeyspace keyspace) {
    mapper.table(Client.class).sync();
    SyncResult evolved = mapper.table(ClientV2.class).sync();
    assertEquals(List.of("ALTER TYPE \"" + keyspace.name() + "\".\"address\" ADD \"zip\" text"), evolved.statements());
    AddressV2 home = new AddressV2("3 Rue", "Lille", new Geo(50.6, 3.1), List.of(), "59000");
    UUID id = UUID.randomUUID();
    mapper.table(ClientV2.class).save(new ClientV2(id, home));
    assertEquals(home, mapper.table(ClientV2.class).get(id).orElseThrow().home());
    CoodieException retyped = assertThrows(CoodieException.class, () -> mapper.table(ClientRetyped.class).sync());
    assertTrue(retyped.getMessage().contains("field \"street\" of user type"), retyped.getMessage());
  }

  @Test
  void aUserTypeContainingItselfIsRefused(Mapper mapper) {
    EntityDefinitionException e = assertThrows(EntityDefinitionException.class, () -> mapper.table(Tree.class));
    assertTrue(e.getMessage().contains("Node -> Node"), e.getMessage());
  }
}
