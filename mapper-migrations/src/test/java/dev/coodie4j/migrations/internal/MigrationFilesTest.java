package dev.coodie4j.migrations.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.migrations.DuplicateMigrationVersionException;
import dev.coodie4j.migrations.Migration;
import dev.coodie4j.migrations.MigrationContext;
import dev.coodie4j.migrations.MigrationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading migrations without a server: names, versions, order, checksums and statement kinds. */
class MigrationFilesTest {
  @TempDir
  Path dir;

  @Test
  void versionsCompareAsNumbersPartByPart() {
    List<String> sorted = List.of("10", "2", "1_1", "1", "2026_12_02_001", "2026_12_01_003").stream()
        .sorted(Versions.ORDER).toList();
    assertEquals(List.of("1", "1_1", "2", "10", "2026_12_01_003", "2026_12_02_001"), sorted);
    assertEquals(0, Versions.compare("1_0", "1.0"));
    assertThrows(MigrationException.class, () -> Versions.check("v1", "X"));
  }

  @Test
  void destructiveStatementsAreDropsTruncatesAndAltersThatDropOrRename() {
    for (String cql : List.of("DROP TABLE t", "drop index i", "TRUNCATE t", "ALTER TABLE t DROP c",
        "alter table ks.t rename a to b", "ALTER TYPE ty RENAME f TO g")) {
      assertTrue(MigrationScript.isDestructive(cql), cql);
    }
    for (String cql : List.of("CREATE TABLE drop_log (id int PRIMARY KEY)", "ALTER TABLE t ADD dropped boolean",
        "INSERT INTO t (id) VALUES (1)", "UPDATE truncated SET a = 1 WHERE id = 1")) {
      assertFalse(MigrationScript.isDestructive(cql), cql);
    }
    assertTrue(MigrationScript.parse("-- coodie4j: destructive\nDROP TABLE t;", "f").declaredDestructive());
    assertFalse(MigrationScript.parse("-- not destructive\nDROP TABLE t;", "f").declaredDestructive());
  }

  @Test
  void filesAreFoundInVersionOrderWithTheirUndoFilesAndChecksumsIgnoringLineEnds() throws Exception {
    Files.writeString(dir.resolve("V10__later.cql"), "CREATE TABLE b (id int PRIMARY KEY);");
    Files.writeString(dir.resolve("V2__first_table.cql"), "CREATE TABLE a (id int PRIMARY KEY);\r\n");
    Files.writeString(dir.resolve("U2__first_table.cql"), "DROP TABLE a;");
    Files.writeString(dir.resolve("README.txt"), "not a migration");
    List<Migration> found = Discovery.find(List.of(), List.of(dir), List.of(), false, getClass().getClassLoader());
    assertEquals(List.of("2", "10"), found.stream().map(Migration::version).toList());
    CqlFileMigration first = (CqlFileMigration) found.get(0);
    assertEquals("first table", first.description());
    assertTrue(first.undo().isPresent());
    assertEquals(Checksums.ofText("CREATE TABLE a (id int PRIMARY KEY);\n"), first.checksum());
    assertFalse(((CqlFileMigration) found.get(1)).undo().isPresent());
  }

  @Test
  void aMisnamedCqlFileAndTwoFilesWithOneVersionAreRefusedNamingThem() throws Exception {
    Files.writeString(dir.resolve("V1__a.cql"), "CREATE TABLE a (id int PRIMARY KEY);");
    Files.writeString(dir.resolve("V01__b.cql"), "CREATE TABLE b (id int PRIMARY KEY);");
    DuplicateMigrationVersionException duplicate = assertThrows(DuplicateMigrationVersionException.class,
        () -> Discovery.find(List.of(), List.of(dir), List.of(), false, getClass().getClassLoader()));
    assertTrue(duplicate.getMessage().contains("V1__a.cql") && duplicate.getMessage().contains("V01__b.cql"),
        duplicate.getMessage());

    Files.delete(dir.resolve("V01__b.cql"));
    Files.writeString(dir.resolve("add_email.cql"), "ALTER TABLE a ADD email text;");
    MigrationException misnamed = assertThrows(MigrationException.class,
        () -> Discovery.find(List.of(), List.of(dir), List.of(), false, getClass().getClassLoader()));
    assertTrue(misnamed.getMessage().contains("add_email.cql is not named V<version>__<name>.cql"),
        misnamed.getMessage());
  }

  @Test
  void aJavaMigrationWithTheVersionOfAFileIsRefused() throws Exception {
    Files.writeString(dir.resolve("V3__a.cql"), "CREATE TABLE a (id int PRIMARY KEY);");
    Migration three = new Migration() {
      @Override
      public String version() {
        return "3";
      }

      @Override
      public String description() {
        return "java";
      }

      @Override
      public void upgrade(MigrationContext context) {}
    };
    assertThrows(DuplicateMigrationVersionException.class,
        () -> Discovery.find(List.of(), List.of(dir), List.of(three), false, getClass().getClassLoader()));
    assertEquals(64, three.checksum().length()); // the class file's SHA-256
  }

  @Test
  void filesInAJarOnTheClasspathAreFoundAsInADirectory() throws Exception {
    Path jar = dir.resolve("migrations.jar");
    try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
      for (String folder : List.of("db/", "db/app/", "db/app/nested/", "db/other/")) { // as Maven's jars have
        out.putNextEntry(new java.util.jar.JarEntry(folder));
        out.closeEntry();
      }
      for (String[] entry : new String[][] {{"db/app/V1__one.cql", "CREATE TABLE a (id int PRIMARY KEY);"},
          {"db/app/V2__two.cql", "CREATE TABLE b (id int PRIMARY KEY);"},
          {"db/app/nested/V3__ignored.cql", "CREATE TABLE c (id int PRIMARY KEY);"},
          {"db/other/V4__elsewhere.cql", "CREATE TABLE d (id int PRIMARY KEY);"}}) {
        out.putNextEntry(new java.util.jar.JarEntry(entry[0]));
        out.write(entry[1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
      List<Migration> found = Discovery.find(List.of("classpath:db/app"), List.of(), List.of(), false, loader);
      assertEquals(List.of("1", "2"), found.stream().map(Migration::version).toList());
      assertEquals("classpath:db/app/V2__two.cql", ((CqlFileMigration) found.get(1)).file());
    }
  }

  @Test
  void tokenSlicesCoverTheRingWithoutGaps() {
    assertEquals(Long.MIN_VALUE, TokenScan.bound(0, 4));
    assertEquals(-4611686018427387904L, TokenScan.bound(1, 4));
    assertEquals(0L, TokenScan.bound(2, 4));
    assertEquals(4611686018427387904L, TokenScan.bound(3, 4));
  }
}
