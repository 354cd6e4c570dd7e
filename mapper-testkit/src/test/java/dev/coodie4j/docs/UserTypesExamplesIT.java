package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.annotation.UserType;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The examples of docs/user-types.md. */
@CassandraTest
class UserTypesExamplesIT {
  // tag::types[]
  @UserType
  public record Phone(String kind, String number) {}                    // CREATE TYPE phone (kind text, number text)

  @UserType
  public record Contact(String name, String email, List<Phone> phones) {} // phones frozen<list<frozen<phone>>>

  @Table
  public record Supplier(@PartitionKey UUID id, Contact main, List<Contact> others) {}
  // end::types[]

  @Test
  void userTypes(Mapper mapper) {
    EntityTable<Supplier> suppliers = mapper.table(Supplier.class);
    // tag::sync[]
    suppliers.sync();   // CREATE TYPE phone, CREATE TYPE contact, then CREATE TABLE supplier
    // end::sync[]
    UUID id = UUID.randomUUID();
    suppliers.save(new Supplier(id, new Contact("Ada", "ada@example.com", List.of(new Phone("work", "+33 1"))),
        List.of()));
    // tag::field[]
    suppliers.update(id).setField(Supplier::main, "email", "ada@acme.example").execute();  // "main"."email" = ?
    // end::field[]
    assertEquals("ada@acme.example", suppliers.get(id).orElseThrow().main().email());
  }
}
