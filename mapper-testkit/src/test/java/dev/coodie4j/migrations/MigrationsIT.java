package dev.coodie4j.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.schema.KeyspaceDefinition;
import dev.coodie4j.testkit.CassandraTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migration runner on a real server: every operation, the lock, and each bad input named by its error. */
@CassandraTest
class MigrationsIT {
  @Table
  record Account(@PartitionKey String name, String email) {}

  /** Counts its runs, so that a test sees it applied once. */
  static final class AddAccounts implements ReversibleMigration {
    static final AtomicInteger RUNS = new AtomicInteger();

    @Override
    public String version() {
      return "3";
    }

    @Override
    public String description() {
      return "accounts from the entity, and a first row";
    }

    @Override
    public void upgrade(MigrationContext context) throws InterruptedException {
      RUNS.incrementAndGet();
      Thread.sleep(300); // long enough for a second runner to find the lock taken
      context.sync(Account.class);
      if (!context.dryRun() && !context.columnExists("account", "email")) {
        throw new IllegalStateException("sync did not create account.email");
      }
      context.execute("INSERT INTO account (name, email) VALUES (?, ?)", "root", "root@example.com");
    }

    @Override
    public void downgrade(MigrationContext context) {
      context.execute("DROP TABLE IF EXISTS account");
    }
  }

  private static Mapper mapper(CqlSession session, String keyspace) {
    Mapper mapper = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace).build();
    mapper.createKeyspace(KeyspaceDefinition.named(keyspace).simpleStrategy(1));
    return mapper;
  }

  private static MigrationRunner shop(Mapper mapper, String keyspace) {
    return MigrationRunner.builder(mapper, keyspace).classpath("db/shop").add(new AddAccounts()).build();
  }

  private static List<MigrationState> states(MigrationRunner runner) {
    return runner.status().stream().map(MigrationInfo::state).toList();
  }

  @Test
  void migrateAppliesFilesAndClassesInVersionOrderOnceAndRecordsEach(CqlSession session) {
    Mapper mapper = mapper(session, "mig_order");
    MigrationRunner runner = shop(mapper, "mig_order");
    assertEquals(List.of(MigrationState.PENDING, MigrationState.PENDING, MigrationState.PENDING), states(runner));

    List<MigrationInfo> applied = runner.migrate();
    assertEquals(List.of("1", "2", "3"), applied.stream().map(MigrationInfo::version).toList());
    assertEquals(List.of(MigrationState.APPLIED, MigrationState.APPLIED, MigrationState.APPLIED), states(runner));
    MigrationInfo first = runner.status().get(0);
    assertEquals("create products", first.description());
    assertEquals(64, first.checksum().length());
    assertNotNull(first.appliedAt());
    assertTrue(first.appliedBy().contains("pid"), first.appliedBy());
    assertEquals(2, first.statements().size());
    assertTrue(first.statements().get(1).startsWith("CREATE INDEX IF NOT EXISTS product_name_idx"),
        first.statements().toString());
    assertEquals("ada@example.com", session.execute("SELECT email FROM mig_order.customer").one().getString(0));
    assertEquals("root@example.com", session.execute("SELECT email FROM mig_order.account").one().getString(0));

    assertEquals(List.of(), runner.migrate()); // nothing pending
  }

  @Test
  void migrateStopsAtTheTargetVersion(CqlSession session) {
    MigrationRunner runner = shop(mapper(session, "mig_target"), "mig_target");
    assertEquals(List.of("1", "2"), runner.migrate("2").stream().map(MigrationInfo::version).toList());
    assertEquals(List.of(MigrationState.APPLIED, MigrationState.APPLIED, MigrationState.PENDING), states(runner));
  }

  @Test
  void twoRunnersStartingAtOnceApplyEachMigrationOnceTheSecondWaitsAndFindsNothingPending(CqlSession session)
      throws Exception {
    Mapper mapper = mapper(session, "mig_race");
    AddAccounts.RUNS.set(0);
    CountDownLatch go = new CountDownLatch(1);
    CompletableFuture<List<MigrationInfo>> one = CompletableFuture.supplyAsync(() -> race(mapper, go));
    CompletableFuture<List<MigrationInfo>> two = CompletableFuture.supplyAsync(() -> race(mapper, go));
    go.countDown();
    List<MigrationInfo> first = one.get(2, TimeUnit.MINUTES);
    List<MigrationInfo> second = two.get(2, TimeUnit.MINUTES);
    assertEquals(3, first.size() + second.size(), first + " / " + second);
    assertTrue(first.isEmpty() || second.isEmpty(), "both runners applied migrations: " + first + " / " + second);
    assertEquals(1, AddAccounts.RUNS.get());
    assertEquals(0, session.execute("SELECT * FROM mig_race.coodie4j_migration_lock").all().size(),
        "the lock is released");
  }

  private static List<MigrationInfo> race(Mapper mapper, CountDownLatch go) {
    try {
      go.await();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
    return shop(mapper, "mig_race").migrate();
  }

  @Test
  void aLockHeldPastTheWaitIsNamedWithItsHolderAndACrashedRunnersLockExpires(CqlSession session) {
    Mapper mapper = mapper(session, "mig_lock");
    MigrationRunner runner = MigrationRunner.builder(mapper, "mig_lock").classpath("db/shop").lockWait(Duration.ofSeconds(1))
        .build();
    runner.status(); // creates the tables
    // a runner that died holding the lock: its row stays until the TTL ends
    session.execute("INSERT INTO mig_lock.coodie4j_migration_lock (name, owner, acquired_at) VALUES ('migrate', "
        + "'ops@build-7 pid 4242', toTimestamp(now())) USING TTL 6");
    MigrationLockException held = assertThrows(MigrationLockException.class, runner::migrate);
    assertEquals("ops@build-7 pid 4242", held.holder());
    assertTrue(held.until().isAfter(Instant.now()) && held.until().isBefore(Instant.now().plusSeconds(7)),
        String.valueOf(held.until()));
    assertTrue(held.getMessage().contains("ops@build-7 pid 4242"), held.getMessage());
    assertEquals(List.of(MigrationState.PENDING, MigrationState.PENDING), states(runner));

    MigrationRunner patient = MigrationRunner.builder(mapper, "mig_lock").classpath("db/shop")
        .lockWait(Duration.ofSeconds(30)).build();
    assertEquals(2, patient.migrate().size()); // once the dead runner's lock expired
  }

  /** Takes longer than its runner's lock TTL. */
  static final class Slow implements Migration {
    @Override
    public String version() {
      return "1";
    }

    @Override
    public String description() {
      return "slow";
    }

    @Override
    public void upgrade(MigrationContext context) throws InterruptedException {
      Thread.sleep(7_000);
    }
  }

  /** Syncs and validates an entity: both must reach the runner's keyspace. */
  static final class SyncAccounts implements Migration {
    @Override
    public String version() {
      return "1";
    }

    @Override
    public String description() {
      return "sync accounts";
    }

    @Override
    public void upgrade(MigrationContext context) {
      context.sync(Account.class);
      context.validateSchema(Account.class);
    }
  }

  @Test
  void syncAndValidateInAMigrationReachTheRunnersKeyspaceWhateverTheMappersIs(CqlSession session) {
    mapper(session, "mig_elsewhere");
    Mapper noKeyspace = Mapper.builder(DataStaxDriver.of(session)).build();
    MigrationRunner runner = MigrationRunner.builder(noKeyspace, "mig_elsewhere").add(new SyncAccounts())
        .serviceLoader(false).build();
    assertEquals(List.of("1"), runner.migrate().stream().map(MigrationInfo::version).toList());
    assertEquals(1, session.execute("SELECT * FROM system_schema.tables WHERE keyspace_name = 'mig_elsewhere' AND "
        + "table_name = 'account'").all().size());
  }

  @Test
  void theHeartbeatKeepsTheLockOfAMigrationLongerThanTheLockTtl(CqlSession session) throws Exception {
    Mapper mapper = mapper(session, "mig_heartbeat");
    MigrationRunner slow = MigrationRunner.builder(mapper, "mig_heartbeat").add(new Slow()).serviceLoader(false)
        .lockTtl(Duration.ofSeconds(3)).build();
    slow.status(); // creates the tables
    CompletableFuture<List<MigrationInfo>> running = CompletableFuture.supplyAsync(slow::migrate);
    Thread.sleep(5_000); // past the TTL of the first insert: only the heartbeat keeps the row alive
    MigrationRunner other = MigrationRunner.builder(mapper, "mig_heartbeat").add(new Slow()).serviceLoader(false)
        .lockWait(Duration.ofMillis(500)).build();
    MigrationLockException held = assertThrows(MigrationLockException.class, other::migrate);
    assertTrue(held.holder().contains("pid"), held.getMessage());
    assertEquals(1, running.get(1, TimeUnit.MINUTES).size());
    assertEquals(List.of(), other.migrate()); // the lock was released, and nothing is pending
  }

  @Test
  void aChangedAppliedMigrationIsRefusedUntilRepaired(CqlSession session, @TempDir Path dir) throws Exception {
    Mapper mapper = mapper(session, "mig_checksum");
    Path file = dir.resolve("V1__notes.cql");
    Files.writeString(file, "CREATE TABLE IF NOT EXISTS note (id int PRIMARY KEY, body text);\n");
    MigrationRunner runner = MigrationRunner.builder(mapper, "mig_checksum").directory(dir).build();
    runner.migrate();
    Files.writeString(file, "CREATE TABLE IF NOT EXISTS note (id int PRIMARY KEY, body text, extra int);\n");
    Files.writeString(dir.resolve("V2__more.cql"), "CREATE TABLE IF NOT EXISTS more (id int PRIMARY KEY);\n");
    MigrationRunner changed = MigrationRunner.builder(mapper, "mig_checksum").directory(dir).build();

    assertEquals(List.of(MigrationState.CHECKSUM_MISMATCH, MigrationState.PENDING), states(changed));
    ChecksumMismatchException mismatch = assertThrows(ChecksumMismatchException.class, changed::migrate);
    assertEquals(List.of("1"), mismatch.versions());
    assertThrows(ChecksumMismatchException.class, changed::dryRun);
    assertEquals(List.of(MigrationState.CHECKSUM_MISMATCH, MigrationState.PENDING), states(changed)); // nothing ran

    List<String> repaired = changed.repair();
    assertEquals(1, repaired.size());
    assertTrue(repaired.get(0).startsWith("1: "), repaired.toString());
    assertEquals(List.of("2"), changed.migrate().stream().map(MigrationInfo::version).toList());
  }

  @Test
  void twoMigrationsWithOneVersionAreRefusedBeforeAnythingRuns(@TempDir Path dir, CqlSession session)
      throws Exception {
    Files.writeString(dir.resolve("V1_0__first.cql"), "CREATE TABLE IF NOT EXISTS a (id int PRIMARY KEY);");
    Files.writeString(dir.resolve("V1.0__second.cql"), "CREATE TABLE IF NOT EXISTS b (id int PRIMARY KEY);");
    Mapper mapper = mapper(session, "mig_duplicate");
    DuplicateMigrationVersionException duplicate = assertThrows(DuplicateMigrationVersionException.class,
        () -> MigrationRunner.builder(mapper, "mig_duplicate").directory(dir).build());
    assertTrue(duplicate.getMessage().contains("V1_0__first.cql") && duplicate.getMessage().contains("V1.0__second.cql"),
        duplicate.getMessage());
  }

  @Test
  void aMigrationFailingHalfwayIsRecordedAsFailedWithTheStatementsThatRanAndRunsAgainOnceFixed(CqlSession session,
      @TempDir Path dir) throws Exception {
    Mapper mapper = mapper(session, "mig_halfway");
    Path file = dir.resolve("V1__orders.cql");
    Files.writeString(file, """
        CREATE TABLE IF NOT EXISTS orders (id int PRIMARY KEY, total int);
        INSERT INTO order_lines (id, sku) VALUES (1, 'pen');
        CREATE TABLE IF NOT EXISTS audit (id int PRIMARY KEY);
        """);
    MigrationRunner runner = MigrationRunner.builder(mapper, "mig_halfway").directory(dir).build();
    MigrationFailedException failed = assertThrows(MigrationFailedException.class, runner::migrate);
    assertEquals(List.of("CREATE TABLE IF NOT EXISTS orders (id int PRIMARY KEY, total int)"), failed.statementsRun());
    assertEquals("INSERT INTO order_lines (id, sku) VALUES (1, 'pen')", failed.failedStatement());
    assertTrue(failed.getMessage().contains("V1__orders.cql, line 2"), failed.getMessage());
    MigrationInfo recorded = runner.status().get(0);
    assertEquals(MigrationState.FAILED, recorded.state());
    assertEquals(failed.statementsRun(), recorded.statements());
    assertTrue(recorded.error().contains("order_lines"), recorded.error());

    Files.writeString(file, """
        CREATE TABLE IF NOT EXISTS orders (id int PRIMARY KEY, total int);
        CREATE TABLE IF NOT EXISTS order_lines (id int PRIMARY KEY, sku text);
        INSERT INTO order_lines (id, sku) VALUES (1, 'pen');
        CREATE TABLE IF NOT EXISTS audit (id int PRIMARY KEY);
        """);
    MigrationRunner fixed = MigrationRunner.builder(mapper, "mig_halfway").directory(dir).build();
    assertEquals(1, fixed.migrate().size()); // a failed migration is not a checksum mismatch: it runs again
    assertEquals(List.of(MigrationState.APPLIED), states(fixed));
    assertEquals(4, fixed.status().get(0).statements().size());
  }

  @Test
  void invalidCqlIsNamedWithItsFileAndLine(CqlSession session, @TempDir Path dir) throws Exception {
    Mapper mapper = mapper(session, "mig_syntax");
    Files.writeString(dir.resolve("V7__typo.cql"), """
        -- line 1
        CREATE TABLE IF NOT EXISTS fine (id int PRIMARY KEY);

        CREATE TABLE IF NOT EXISTS broken (
          id int PRIMARY KEY,
          name = text
        );
        """);
    MigrationRunner runner = MigrationRunner.builder(mapper, "mig_syntax").directory(dir).build();
    MigrationSyntaxException syntax = assertThrows(MigrationSyntaxException.class, runner::migrate);
    assertTrue(syntax.file().endsWith("V7__typo.cql"), syntax.file());
    assertEquals(6, syntax.line(), syntax.getMessage());
    assertTrue(syntax.getMessage().contains("line 6"), syntax.getMessage());
    assertEquals(MigrationState.FAILED, runner.status().get(0).state());
  }

  @Test
  void aDestructiveStatementRunsOnlyInAMigrationDeclaredDestructive(CqlSession session, @TempDir Path dir)
      throws Exception {
    Mapper mapper = mapper(session, "mig_destructive");
    Files.writeString(dir.resolve("V1__tables.cql"), "CREATE TABLE IF NOT EXISTS old (id int PRIMARY KEY);");
    Files.writeString(dir.resolve("V2__cleanup.cql"), "CREATE TABLE IF NOT EXISTS newer (id int PRIMARY KEY);\n"
        + "DROP TABLE old;");
    MigrationRunner runner = MigrationRunner.builder(mapper, "mig_destructive").directory(dir).build();
    DestructiveStatementException refused = assertThrows(DestructiveStatementException.class, runner::migrate);
    assertTrue(refused.getMessage().contains("DROP TABLE old") && refused.getMessage().contains("V2__cleanup.cql"),
        refused.getMessage());
    assertEquals(List.of(MigrationState.APPLIED, MigrationState.PENDING), states(runner));
    assertTrue(session.execute("SELECT * FROM system_schema.tables WHERE keyspace_name = 'mig_destructive' AND "
        + "table_name = 'newer'").all().isEmpty(), "nothing of the refused migration ran");

    Files.writeString(dir.resolve("V2__cleanup.cql"), "-- coodie4j: destructive\n"
        + "CREATE TABLE IF NOT EXISTS newer (id int PRIMARY KEY);\nDROP TABLE old;");
    MigrationRunner declared = MigrationRunner.builder(mapper, "mig_destructive").directory(dir).build();
    assertEquals(1, declared.migrate().size());
    assertTrue(session.execute("SELECT * FROM system_schema.tables WHERE keyspace_name = 'mig_destructive' AND "
        + "table_name = 'old'").all().isEmpty());
  }

  @Test
  void rollbackUndoesTheNewestFirstAndRefusesAMigrationWithoutDowngradeBeforeUndoingAnything(CqlSession session) {
    Mapper mapper = mapper(session, "mig_rollback");
    MigrationRunner runner = shop(mapper, "mig_rollback");
    runner.migrate();
    // 3 (Java, reversible) then 2 (a .cql file without an undo file)
    IrreversibleMigrationException irreversible = assertThrows(IrreversibleMigrationException.class,
        () -> runner.rollback(2));
    assertTrue(irreversible.getMessage().contains("migration 2 "), irreversible.getMessage());
    assertEquals(List.of(MigrationState.APPLIED, MigrationState.APPLIED, MigrationState.APPLIED), states(runner));

    assertEquals(List.of("3"), runner.rollback(1).stream().map(MigrationInfo::version).toList());
    assertEquals(List.of(MigrationState.APPLIED, MigrationState.APPLIED, MigrationState.PENDING), states(runner));
    assertTrue(session.execute("SELECT * FROM system_schema.tables WHERE keyspace_name = 'mig_rollback' AND "
        + "table_name = 'account'").all().isEmpty(), "the downgrade dropped the table");
    assertEquals(List.of("3"), runner.migrate().stream().map(MigrationInfo::version).toList());
  }

  @Test
  void aCqlMigrationWithAnUndoFileRollsBack(CqlSession session) {
    Mapper mapper = mapper(session, "mig_undo");
    MigrationRunner runner = MigrationRunner.builder(mapper, "mig_undo").classpath("db/shop").serviceLoader(false)
        .build();
    runner.migrate("1");
    assertEquals(List.of("1"), runner.rollback(1).stream().map(MigrationInfo::version).toList());
    assertTrue(session.execute("SELECT * FROM system_schema.tables WHERE keyspace_name = 'mig_undo' AND "
        + "table_name = 'product'").all().isEmpty());
    assertEquals(List.of(MigrationState.PENDING, MigrationState.PENDING), states(runner));
  }

  @Test
  void baselineAdoptsAnExistingSchemaAndOnlyLaterMigrationsRun(CqlSession session) {
    Mapper mapper = mapper(session, "mig_baseline");
    session.execute("CREATE TABLE mig_baseline.product (id uuid PRIMARY KEY, name text, price decimal)");
    MigrationRunner runner = shop(mapper, "mig_baseline");
    assertEquals(MigrationState.BASELINE, runner.baseline("1").state());
    assertEquals(List.of(MigrationState.BASELINE, MigrationState.PENDING, MigrationState.PENDING), states(runner));
    assertEquals(List.of("2", "3"), runner.migrate().stream().map(MigrationInfo::version).toList());
    MigrationException again = assertThrows(MigrationException.class, () -> runner.baseline("3"));
    assertTrue(again.getMessage().contains("already"), again.getMessage());
  }

  @Test
  void dryRunListsThePlannedCqlAndSendsNothing(CqlSession session) {
    Mapper mapper = mapper(session, "mig_dry");
    AddAccounts.RUNS.set(0);
    List<PlannedMigration> planned = shop(mapper, "mig_dry").dryRun();
    assertEquals(List.of("1", "2", "3"), planned.stream().map(PlannedMigration::version).toList());
    assertEquals(3, planned.get(1).statements().size());
    List<String> java = planned.get(2).statements();
    assertTrue(java.get(0).startsWith("CREATE TABLE \"mig_dry\".\"account\""), java.toString());
    assertEquals("INSERT INTO account (name, email) VALUES (?, ?)", java.get(java.size() - 1));
    assertTrue(session.execute("SELECT * FROM system_schema.tables WHERE keyspace_name = 'mig_dry' AND table_name IN "
        + "('product', 'customer', 'account')").all().isEmpty(), "a dry run creates nothing");
    assertFalse(shop(mapper, "mig_dry").status().stream().anyMatch(m -> m.state() != MigrationState.PENDING));
  }

  @Table(name = "profile")
  record ProfileV1(@PartitionKey String id, int age) {}

  @Table(name = "profile")
  record ProfileV2(@PartitionKey String id, long age, String bio, @dev.coodie4j.annotation.Index String city) {}

  @Test
  void makeMigrationWritesTheAdditiveChangesAsCqlAndAnUnsafeChangeAsACommentedPlan(CqlSession session,
      @TempDir Path dir) throws Exception {
    Mapper mapper = mapper(session, "mig_autogen");
    mapper.sync(ProfileV1.class);
    MigrationRunner runner = MigrationRunner.builder(mapper, "mig_autogen").directory(dir).build();
    String diff = runner.schemaDiff(ProfileV2.class);
    assertTrue(diff.contains("+ ALTER TABLE \"mig_autogen\".\"profile\" ADD \"bio\" text")
        && diff.contains("! column \"age\""), diff);

    GeneratedMigration generated = runner.makeMigration("profile bio and city", dir, ProfileV2.class);
    Path file = generated.file().orElseThrow();
    assertTrue(file.getFileName().toString().matches("V\\d{4}_\\d{2}_\\d{2}_001__profile_bio_and_city\\.cql"),
        file.toString());
    assertEquals(3, generated.statements().size(), generated.statements().toString()); // bio, city, the index
    assertEquals(1, generated.unsafe().size());
    String text = Files.readString(file);
    assertTrue(text.contains("-- NOT GENERATED, Cassandra cannot change this in place: column \"age\"")
        && text.contains("--   plan: add a new column of the new type"), text);

    MigrationRunner next = MigrationRunner.builder(mapper, "mig_autogen").directory(dir).build();
    assertEquals(1, next.migrate().size());
    String after = next.schemaDiff(ProfileV2.class);
    assertFalse(after.contains("+ "), after);
    assertTrue(after.contains("! column \"age\""), after); // still listed: never dropped silently
    GeneratedMigration nothing = next.makeMigration("again", dir, ProfileV2.class);
    assertTrue(nothing.file().isEmpty());
    assertEquals(1, nothing.unsafe().size());
  }

  @Test
  void rollingBackMoreMigrationsThanAreAppliedIsRefused(CqlSession session) {
    MigrationRunner runner = shop(mapper(session, "mig_none"), "mig_none");
    MigrationException refused = assertThrows(MigrationException.class, () -> runner.rollback(1));
    assertTrue(refused.getMessage().contains("0 are applied"), refused.getMessage());
  }
}
