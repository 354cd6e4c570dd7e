package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.Mapper;
import dev.coodie4j.NamingStrategy;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.ClusteringOrder;
import dev.coodie4j.annotation.Column;
import dev.coodie4j.annotation.ColumnType;
import dev.coodie4j.annotation.Index;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Static;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.annotation.Transient;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.schema.ScalarType;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The examples of docs/entities.md. */
@CassandraTest
class EntitiesExamplesIT {
  // tag::record[]
  @Table(name = "page_views")
  public record PageView(
      @PartitionKey(0) String site,
      @PartitionKey(1) String day,                        // partition key (site, day)
      @ClusteringKey(order = ClusteringOrder.DESC) @ColumnType(ScalarType.TIMEUUID) UUID viewId,
      @Column("path") String url,                         // column "path"
      @Index String country,                              // secondary index page_views_country_idx
      @Static String siteOwner,                           // one value per partition
      @Transient String debugNote) {}                     // not stored
  // end::record[]

  // tag::class[]
  @Table
  public static class Account {
    @PartitionKey private UUID id;
    private String email;
    private Instant createdAt;                           // column created_at

    public Account() {}                                  // rows are read through the no-arg constructor

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
  }
  // end::class[]

  // tag::bad[]
  @Table
  public record Orphan(String name) {}                   // no @PartitionKey
  // end::bad[]

  @Test
  void recordColumnsAreOrderedByKeyAndNamedInSnakeCase(Mapper mapper) {
    // tag::model[]
    List<String> columns = mapper.model(PageView.class).columns().stream().map(ColumnModel::name).toList();
    // [site, day, view_id, path, country, site_owner]
    // end::model[]
    assertEquals(List.of("site", "day", "view_id", "path", "country", "site_owner"), columns);
    mapper.table(PageView.class).sync();
  }

  @Test
  void classEntityRoundTrips(Mapper mapper) {
    EntityTable<Account> accounts = mapper.table(Account.class);
    accounts.sync();
    Account account = new Account();
    account.setId(UUID.randomUUID());
    account.setEmail("ada@example.com");
    account.setCreatedAt(Instant.parse("2026-11-24T10:15:30Z"));
    accounts.save(account);
    Account loaded = accounts.get(account.getId()).orElseThrow();
    assertEquals(account.getEmail(), loaded.getEmail());
    assertEquals(account.getCreatedAt(), loaded.getCreatedAt());
  }

  @Test
  void naming(com.datastax.oss.driver.api.core.CqlSession session) {
    // tag::naming[]
    Mapper exact = Mapper.builder(DataStaxDriver.of(session))
        .naming(NamingStrategy.AS_WRITTEN)             // Account: table "Account", column "createdAt"
        .build();
    // end::naming[]
    assertEquals("Account", exact.model(Account.class).table());
    assertEquals("createdAt", exact.model(Account.class).columns().get(2).name());
  }

  @Test
  void badDefinitionFailsAtFirstUse(Mapper mapper) {
    // tag::error[]
    EntityDefinitionException e = assertThrows(EntityDefinitionException.class, () -> mapper.table(Orphan.class));
    // dev.coodie4j.docs.EntitiesExamplesIT$Orphan: has no partition key: annotate the property (or properties)
    // that identify a partition with @PartitionKey
    // end::error[]
    assertTrue(e.getMessage().contains("has no partition key"));
  }
}
