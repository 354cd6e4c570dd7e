package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.Mapper;
import dev.coodie4j.SchemaMismatchException;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.Index;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Validation mode: compare entities with a schema owned by migrations, change nothing, report everything at once. */
@CassandraTest
class SchemaValidationIT {
  @Table(name = "owned")
  record Owned(@PartitionKey UUID id, String name) {}

  @Table(name = "drifted")
  record Drifted(@PartitionKey UUID id, @ClusteringKey int seq, long amount, String note, @Index String tag) {}

  @Table(name = "never_created")
  record NeverCreated(@PartitionKey UUID id) {}

  @Test
  void matchingSchemaPasses(Mapper mapper, CqlSession session, TestKeyspace keyspace) {
    session.execute("CREATE TABLE \"" + keyspace.name() + "\".owned (id uuid PRIMARY KEY, name text)");
    mapper.validateSchema(Owned.class);
  }

  @Test
  void everyDifferenceOfEveryEntityIsReportedAndNothingChanges(Mapper mapper, CqlSession session,
      TestKeyspace keyspace) {
    session.execute("CREATE TABLE \"" + keyspace.name() + "\".drifted (id uuid, seq int, amount int, "
        + "PRIMARY KEY (id, seq)) WITH CLUSTERING ORDER BY (seq DESC)");
    SchemaMismatchException e = assertThrows(SchemaMismatchException.class,
        () -> mapper.validateSchema(Drifted.class, NeverCreated.class));
    String report = e.getMessage();
    assertTrue(report.contains("the live schema differs from 2 of 2 entities"), report);
    assertTrue(report.contains("clustering key is (seq DESC) in the table but (seq ASC) in the entity"), report);
    assertTrue(report.contains("column \"amount\" (property 'amount') is int in the table but bigint"), report);
    assertTrue(report.contains("column \"note\" (text, property 'note') is missing"), report);
    assertTrue(report.contains("index drifted_tag_idx on \"tag\" is missing"), report);
    assertTrue(report.contains("never_created\" does not exist"), report);
    assertTrue(session.execute("SELECT * FROM system_schema.tables WHERE keyspace_name = ? AND table_name = "
        + "'never_created'", keyspace.name()).all().isEmpty(), "validation creates nothing");
  }
}
