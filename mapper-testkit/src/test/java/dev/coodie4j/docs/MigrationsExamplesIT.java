package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.migrations.MigrationContext;
import dev.coodie4j.migrations.MigrationInfo;
import dev.coodie4j.migrations.MigrationRunner;
import dev.coodie4j.migrations.MigrationState;
import dev.coodie4j.migrations.PlannedMigration;
import dev.coodie4j.migrations.ReversibleMigration;
import dev.coodie4j.migrations.ScanOptions;
import dev.coodie4j.schema.KeyspaceDefinition;
import dev.coodie4j.testkit.CassandraTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The examples of docs/migrations.md, run against the server. */
@CassandraTest
class MigrationsExamplesIT {
  // tag::entity[]
  @Table(name = "users")
  public record User(@PartitionKey UUID id, String name, String email, String domain) {}
  // end::entity[]

  // tag::java[]
  /** Adds the users' mail domain, filled in from their address by a resumable scan. */
  public static final class AddDomain implements ReversibleMigration {
    @Override
    public String version() {
      return "2026_12_03_001";
    }

    @Override
    public String description() {
      return "users' mail domain";
    }

    @Override
    public void upgrade(MigrationContext context) {
      if (!context.columnExists("users", "domain")) {
        context.execute("ALTER TABLE users ADD domain text");
      }
      context.scan("domains", User.class, ScanOptions.defaults().withPageSize(500), user -> {
        if (user.email() != null) {
          context.execute("UPDATE users SET domain = ? WHERE id = ?",
              user.email().substring(user.email().indexOf('@') + 1), user.id());
        }
      });
    }

    @Override
    public void downgrade(MigrationContext context) {
      context.execute("ALTER TABLE users DROP domain");
    }
  }
  // end::java[]

  @Test
  void migrateStatusDryRunAndRollback(CqlSession session) {
    String keyspace = "shop";
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace).build();
    mapper.createKeyspace(KeyspaceDefinition.named(keyspace).simpleStrategy(1));

    // tag::run[]
    MigrationRunner runner = MigrationRunner.builder(mapper, keyspace)
        .classpath("db/migrations")     // V2026_12_01_001__create_users.cql, V2026_12_02_001__add_email.cql
        .add(new AddDomain())            // or list it in META-INF/services/dev.coodie4j.migrations.Migration
        .build();

    List<PlannedMigration> plan = runner.dryRun();   // the CQL each pending migration would send; sends nothing
    List<MigrationInfo> applied = runner.migrate();  // takes the lock, applies the three in version order
    List<MigrationInfo> status = runner.status();    // APPLIED, APPLIED, APPLIED
    // end::run[]
    assertEquals(3, plan.size());
    assertEquals(List.of("CREATE TABLE IF NOT EXISTS users (\n  id uuid PRIMARY KEY,\n  name text\n)"),
        plan.get(0).statements());
    assertEquals(3, applied.size());
    assertTrue(status.stream().allMatch(m -> m.state() == MigrationState.APPLIED), status.toString());

    UUID ada = UUID.randomUUID();
    session.execute("INSERT INTO shop.users (id, name, email) VALUES (?, 'Ada', 'ada@example.org')", ada);
    // tag::rollback[]
    runner.rollback(1);   // AddDomain.downgrade: drops the column again
    runner.migrate();     // and applies it again, filling it in for every user
    // end::rollback[]
    assertEquals("example.org", mapper.table(User.class).get(ada).orElseThrow().domain());
  }
}
