package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.EntityValidationException;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.batch.BatchType;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@CassandraTest
class ValidationIT {
  @Table
  record Signup(@PartitionKey UUID id, @NotBlank String name, @Email String email, @PositiveOrZero int age,
      @Size(max = 2) List<String> roles) {}

  private static EntityTable<Signup> signups;

  @BeforeAll
  static void sync(Mapper mapper) {
    signups = mapper.table(Signup.class);
    signups.sync();
  }

  private static Signup valid() {
    return new Signup(UUID.randomUUID(), "Ada", "ada@example.com", 36, List.of("admin"));
  }

  @Test
  void invalidEntitiesAreRefusedWithEveryViolationAndNothingIsWritten() {
    Signup bad = new Signup(UUID.randomUUID(), " ", "not-an-email", -1, List.of("a", "b", "c"));
    EntityValidationException e = assertThrows(EntityValidationException.class, () -> signups.save(bad));
    assertEquals(4, e.violations().size());
    assertTrue(e.getMessage().startsWith("Signup is not valid, nothing was written:"), e.getMessage());
    assertTrue(e.getMessage().contains("age must be greater than or equal to 0 (was -1)"), e.getMessage());
    assertTrue(e.getMessage().contains("email must be a well-formed email address (was not-an-email)"), e.getMessage());
    assertEquals(Optional.empty(), signups.get(bad.id()));
    assertThrows(EntityValidationException.class, () -> signups.insertIfNotExists(bad));
    var async = assertThrows(java.util.concurrent.CompletionException.class,
        () -> signups.async().save(bad).toCompletableFuture().join());
    assertTrue(async.getCause() instanceof EntityValidationException, async.toString());
  }

  @Test
  void updatesBatchesAndSaveChangesAreValidatedToo(Mapper mapper) {
    Signup ok = valid();
    signups.save(ok);
    EntityValidationException update = assertThrows(EntityValidationException.class,
        () -> signups.update(ok.id()).set(Signup::age, -5).execute());
    assertTrue(update.getMessage().contains("age must be greater than or equal to 0 (was -5)"), update.getMessage());
    assertThrows(EntityValidationException.class, () -> mapper.batch(BatchType.LOGGED).save(valid())
        .save(new Signup(UUID.randomUUID(), "", "x@example.com", 1, List.of())).execute());
    assertThrows(EntityValidationException.class, () -> signups.saveChanges(ok,
        new Signup(ok.id(), "", ok.email(), ok.age(), ok.roles())));
    assertEquals(Optional.of(ok), signups.get(ok.id()));
  }

  @Test
  void validationCanBeSwitchedOffPerMapper(CqlSession session, TestKeyspace keyspace) {
    EntityTable<Signup> unchecked = Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace.name())
        .validation(false).build().table(Signup.class);
    Signup bad = new Signup(UUID.randomUUID(), "", "nope", -1, List.of());
    unchecked.save(bad);
    assertEquals(Optional.of(bad), unchecked.get(bad.id()));
  }
}
