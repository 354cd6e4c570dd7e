package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.MaterializedView;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The examples of docs/views.md. */
@CassandraTest
class ViewsExamplesIT {
  // tag::entities[]
  @Table
  public record User(@PartitionKey UUID id, String email, String country) {}

  @MaterializedView(base = User.class)                 // view "user_by_country"
  public record UserByCountry(@PartitionKey String country, @ClusteringKey UUID id, String email) {}
  // end::entities[]

  @Test
  void views(Mapper mapper) throws InterruptedException {
    // tag::sync[]
    mapper.sync(UserByCountry.class, User.class);      // the table first, then the view
    // end::sync[]
    EntityTable<User> users = mapper.table(User.class);
    users.save(new User(UUID.randomUUID(), "ada@example.com", "FR"));
    // tag::query[]
    EntityTable<UserByCountry> byCountry = mapper.table(UserByCountry.class);
    List<UserByCountry> french = byCountry.findByPartition("FR");  // reads work as on a table; writes are refused
    // end::query[]
    for (int attempt = 0; attempt < 50 && french.isEmpty(); attempt++) {
      Thread.sleep(100);
      french = byCountry.findByPartition("FR");
    }
    assertEquals(1, french.size());
  }
}
