package com.example.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.Mapper;
import dev.coodie4j.migrations.MigrationInfo;
import dev.coodie4j.migrations.MigrationRunner;
import dev.coodie4j.migrations.MigrationState;
import dev.coodie4j.migrations.PlannedMigration;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CassandraTest
class FreshKeyspaceTest {
  @Test
  void appliesEveryMigrationInVersionOrderThenFindsNothingPending(Mapper mapper, TestKeyspace keyspace) {
    MigrationRunner runner = CrmSchema.runner(mapper, keyspace.name());

    List<PlannedMigration> plan = runner.dryRun(); // sends nothing
    assertEquals(List.of("1", "2", "3"), plan.stream().map(PlannedMigration::version).toList());
    assertTrue(plan.get(0).statements().get(0).startsWith("CREATE TABLE IF NOT EXISTS customers"), plan.toString());
    assertTrue(runner.status().stream().allMatch(m -> m.state() == MigrationState.PENDING));

    List<MigrationInfo> applied = runner.migrate();
    assertEquals(List.of("1", "2", "3"), applied.stream().map(MigrationInfo::version).toList());
    List<MigrationInfo> status = runner.status();
    assertEquals(List.of(MigrationState.APPLIED, MigrationState.APPLIED, MigrationState.APPLIED),
        status.stream().map(MigrationInfo::state).toList());
    status.forEach(m -> assertNotNull(m.checksum(), m.toString()));
    assertEquals("customers' email domain", status.get(2).description());

    // a second run, here or on another instance, finds nothing to do
    assertEquals(List.of(), runner.migrate());
    assertEquals(List.of(), CrmSchema.runner(mapper, keyspace.name()).migrate());
    assertEquals(List.of(), runner.dryRun());
    assertEquals(status, runner.status());

    // the schema fits the application's entity: it starts and works
    CustomerDirectory directory = CustomerDirectory.start(mapper);
    Customer ada = new Customer(UUID.randomUUID(), "Ada", "ada@example.com", "GB", "example.com");
    directory.add(ada);
    assertEquals(List.of(ada), directory.inCountry("GB"));
  }
}
