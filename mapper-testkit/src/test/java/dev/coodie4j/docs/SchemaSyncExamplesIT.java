package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.Mapper;
import dev.coodie4j.SchemaMismatchException;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.annotation.TableOptions;
import dev.coodie4j.schema.KeyspaceDefinition;
import dev.coodie4j.schema.SyncResult;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The examples of docs/schema-sync.md. */
@CassandraTest
class SchemaSyncExamplesIT {
  @Table(name = "users")
  public record UserV1(@PartitionKey UUID id, String name) {}

  // tag::evolved[]
  @Table(name = "users")
  public record User(@PartitionKey UUID id, String name, String email) {}  // email is new
  // end::evolved[]

  // tag::options[]
  @Table(name = "events")
  @TableOptions(defaultTtl = 7 * 24 * 3600, gcGraceSeconds = 3600, comment = "click stream",
      compaction = {"class=TimeWindowCompactionStrategy", "compaction_window_unit=DAYS", "compaction_window_size=1"})
  public record Event(@PartitionKey UUID id, String kind) {}
  // end::options[]

  @Test
  void tableOptions(Mapper mapper) {
    SyncResult created = mapper.table(Event.class).sync();
    assertTrue(created.statements().get(0).contains("default_time_to_live = 604800"), created.statements().get(0));
  }

  @Test
  void syncCreatesThenEvolves(Mapper mapper) {
    mapper.table(UserV1.class).sync();
    // tag::sync[]
    EntityTable<User> users = mapper.table(User.class);
    SyncResult planned = users.syncDryRun();   // reads the live table, changes nothing
    SyncResult applied = users.sync();         // runs the same statements, then waits for schema agreement
    List<String> cql = applied.statements();   // [ALTER TABLE "app"."users" ADD "email" text]
    users.sync();                              // already synced by this mapper: no I/O at all
    // end::sync[]
    assertFalse(planned.executed());
    assertEquals(planned.statements(), cql);
    assertEquals(1, cql.size());
    assertTrue(cql.get(0).endsWith("\"users\" ADD \"email\" text"), cql.get(0));
  }

  @Test
  void validation(Mapper mapper) {
    mapper.table(UserV1.class).sync();
    // tag::validate[]
    String report = "";
    try {
      mapper.validateSchema(User.class);      // at startup, when migrations own the schema
    } catch (SchemaMismatchException e) {
      report = e.getMessage();
      // the live schema differs from 1 of 1 entities:
      //   ...User:
      //     - column "email" (text, property 'email') is missing from "app"."users"
    }
    // end::validate[]
    assertTrue(report.contains("column \"email\" (text, property 'email') is missing"), report);
  }

  @Test
  void keyspaces(Mapper mapper) {
    // tag::keyspace[]
    mapper.createKeyspace(KeyspaceDefinition.named("orders_dev").simpleStrategy(1));
    mapper.createKeyspace(KeyspaceDefinition.named("orders_prod")
        .networkTopologyStrategy(Map.of("datacenter1", 1))
        .durableWrites(true));
    mapper.dropKeyspace("orders_dev");
    // end::keyspace[]
    mapper.dropKeyspace("orders_prod");
  }
}
