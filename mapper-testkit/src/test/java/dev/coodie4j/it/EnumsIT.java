package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.ColumnType;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.schema.ScalarType;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CassandraTest
class EnumsIT {
  enum Status { QUEUED, RUNNING, DONE }

  enum Priority { LOW, HIGH }

  @Table
  record Job(@PartitionKey UUID id, Status status, @ColumnType(ScalarType.INT) Priority priority, Set<Status> seen,
      Map<Status, Integer> counts) {}

  @Table
  record BadEnum(@PartitionKey UUID id, @ColumnType(ScalarType.BIGINT) Status status) {}

  @Test
  void enumsAreStoredByNameOrOrdinalAndQueried(Mapper mapper, CqlSession session, TestKeyspace keyspace) {
    EntityTable<Job> jobs = mapper.table(Job.class);
    jobs.sync();
    Job job = new Job(UUID.randomUUID(), Status.RUNNING, Priority.HIGH, Set.of(Status.QUEUED, Status.RUNNING),
        Map.of(Status.DONE, 3));
    jobs.save(job);
    assertEquals(job, jobs.get(job.id()).orElseThrow());
    var row = session.execute("SELECT status, priority FROM \"" + keyspace.name() + "\".job WHERE id = ?", job.id()).one();
    assertEquals("RUNNING", row.getString(0));
    assertEquals(1, row.getInt(1));
    assertEquals(List.of(job), jobs.query().where(Job::status).eq(Status.RUNNING).allowFiltering().list());
    jobs.update(job.id()).set(Job::status, Status.DONE).add(Job::seen, Set.of(Status.DONE)).execute();
    assertEquals(Status.DONE, jobs.get(job.id()).orElseThrow().status());
    assertEquals(3, jobs.get(job.id()).orElseThrow().seen().size());
  }

  @Test
  void anEnumStoredAsAnotherTypeIsRefused(Mapper mapper) {
    EntityDefinitionException e = assertThrows(EntityDefinitionException.class, () -> mapper.table(BadEnum.class));
    assertTrue(e.getMessage().contains("is an enum, stored by name (text, the default, or ascii) or by ordinal"),
        e.getMessage());
  }
}
