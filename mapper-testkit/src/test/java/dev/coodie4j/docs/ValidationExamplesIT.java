package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.EntityValidationException;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.junit.jupiter.api.Test;

/** The examples of docs/validation.md. */
@CassandraTest
class ValidationExamplesIT {
  // tag::entity[]
  @Table
  public record Member(@PartitionKey @NotBlank String handle, @Email String email, @Positive int level) {}
  // end::entity[]

  @Test
  void validation(Mapper mapper, CqlSession session) {
    EntityTable<Member> members = mapper.table(Member.class);
    members.sync();
    // tag::save[]
    String problems = "";
    try {
      members.save(new Member("ada", "ada.example.com", 0));
    } catch (EntityValidationException e) {
      problems = e.getMessage();
      // Member is not valid, nothing was written:
      //   - email must be a well-formed email address (was ada.example.com)
      //   - level must be greater than 0 (was 0)
    }
    // end::save[]
    assertTrue(problems.contains("level must be greater than 0 (was 0)"), problems);
    // tag::off[]
    Mapper trusting = Mapper.builder(DataStaxDriver.of(session)).validation(false).build();
    // end::off[]
    assertEquals(false, trusting == null);
  }
}
