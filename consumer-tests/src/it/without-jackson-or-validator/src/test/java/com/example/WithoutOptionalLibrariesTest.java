package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.Json;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@CassandraTest
class WithoutOptionalLibrariesTest {
  @Table
  public record Note(@PartitionKey String id, String body, List<String> tags) {}

  @Table
  public record Document(@PartitionKey String id, @Json Map<String, Object> body) {}

  @Table
  public record Account(@PartitionKey String id, @NotNull String email) {}

  @Test
  void neitherJacksonNorAValidatorIsOnTheClasspath() {
    assertFalse(present("com.fasterxml.jackson.databind.ObjectMapper"));
    assertFalse(present("com.fasterxml.jackson.core.JsonFactory"));
    assertFalse(present("org.hibernate.validator.HibernateValidator"));
  }

  @Test
  void plainEntitiesWorkWithValidationOnByDefault(Mapper mapper) {
    EntityTable<Note> notes = mapper.table(Note.class);
    notes.sync();
    Note note = new Note("n1", "hello", List.of("a", "b"));
    notes.save(note);
    assertEquals(Optional.of(note), notes.get("n1"));
  }

  @Test
  void aJsonColumnIsRefusedAtIntrospectionNamingJackson(Mapper mapper) {
    EntityDefinitionException refused = assertThrows(EntityDefinitionException.class,
        () -> mapper.table(Document.class));
    assertTrue(refused.getMessage().contains("body"), refused.getMessage());
    assertTrue(refused.getMessage().contains("com.fasterxml.jackson.core:jackson-databind"), refused.getMessage());
  }

  @Test
  void aConstraintIsRefusedAtIntrospectionNamingHibernateValidator(Mapper mapper) {
    EntityDefinitionException refused = assertThrows(EntityDefinitionException.class,
        () -> mapper.table(Account.class));
    assertTrue(refused.getMessage().contains("Account.email @NotNull"), refused.getMessage());
    assertTrue(refused.getMessage().contains("org.hibernate.validator:hibernate-validator"), refused.getMessage());
  }

  @Test
  void withValidationSwitchedOffAConstrainedEntityIsWrittenUnchecked(CqlSession session, TestKeyspace keyspace) {
    Mapper unchecked = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace.name()).validation(false).build();
    EntityTable<Account> accounts = unchecked.table(Account.class);
    accounts.sync();
    accounts.save(new Account("a1", "a@example.com"));
    assertEquals(Optional.of(new Account("a1", "a@example.com")), accounts.get("a1"));
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, WithoutOptionalLibrariesTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
