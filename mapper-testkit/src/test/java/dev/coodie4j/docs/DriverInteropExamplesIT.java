package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.annotation.UserType;
import dev.coodie4j.driver.datastax.EntityBinder;
import dev.coodie4j.driver.datastax.RowMapper;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The examples of docs/driver-interop.md. */
@CassandraTest
class DriverInteropExamplesIT {
  @Table
  public record Item(@PartitionKey UUID id, String name, float price, List<String> tags) {}

  @UserType
  public record Place(String street, String city, int zipcode) {}

  @Test
  void statementsOfYourOwn(CqlSession session, Mapper mapper, TestKeyspace keyspace) {
    mapper.table(Item.class).sync();
    String ks = keyspace.name();
    UUID id = UUID.randomUUID();
    Item lamp = new Item(id, "lamp", 19.5f, null);
    // tag::interop[]
    PreparedStatement insert = session.prepare(
        "INSERT INTO " + ks + ".item (id, name, price, tags) VALUES (?, ?, ?, ?) USING TTL 86400");
    PreparedStatement select = session.prepare("SELECT id, name, price FROM " + ks + ".item WHERE id = ?");
    EntityBinder<Item> binder = EntityBinder.of(mapper, Item.class, insert);        // built once, shared
    RowMapper<Item> reader = RowMapper.of(mapper, Item.class, select.getResultSetDefinitions());

    BoundStatement statement = binder.bind(lamp);     // null tags: left unset, no tombstone
    session.execute(statement.setIdempotent(true));
    Row row = session.execute(select.bind(id)).one();
    Item read = reader.map(row);                      // tags not selected: an empty list
    // end::interop[]
    assertEquals(new Item(id, "lamp", 19.5f, List.of()), read);
    assertTrue(!statement.isSet(3));
  }

  @Test
  void typeCql(Mapper mapper, TestKeyspace keyspace) {
    // tag::createType[]
    String cql = mapper.createTypeCql(Place.class);
    // CREATE TYPE IF NOT EXISTS "<keyspace>"."place" ("street" text, "city" text, "zipcode" int)
    // end::createType[]
    assertEquals("CREATE TYPE IF NOT EXISTS \"" + keyspace.name() + "\".\"place\" (\"street\" text, \"city\" text, "
        + "\"zipcode\" int)", cql);
  }
}
