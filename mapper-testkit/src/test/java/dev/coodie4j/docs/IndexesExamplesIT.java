package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.Index;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.schema.IndexTarget;
import dev.coodie4j.schema.SyncOption;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The examples of docs/indexes.md. */
@CassandraTest
class IndexesExamplesIT {
  // tag::entity[]
  @Table
  public record Listing(
      @PartitionKey String id,
      @Index String city,                                            // a regular secondary index
      @Index(target = IndexTarget.KEYS) Map<String, String> features, // for containsKey
      @Index Set<String> tags,                                        // a collection's values, for contains
      @Index(using = "sai", options = "case_sensitive=false") String title, // storage-attached index
      @Index(using = "org.apache.cassandra.index.sasi.SASIIndex", options = "mode=CONTAINS") String description) {}
  // end::entity[]

  @Test
  void indexes(Mapper mapper) {
    EntityTable<Listing> listings = mapper.table(Listing.class);
    // tag::sync[]
    listings.sync();                                        // creates the table and its five indexes
    listings.sync(SyncOption.DROP_UNDECLARED_INDEXES);      // also drops indexes the entity no longer declares
    // end::sync[]
    Listing flat = new Listing("l-1", "Lyon", Map.of("balcony", "yes"), Set.of("sunny"), "Bright Flat",
        "a bright flat near the river");
    listings.save(flat);
    // tag::query[]
    List<Listing> withBalcony = listings.query().where(Listing::features).containsKey("balcony").list();
    List<Listing> bright = listings.query().where(Listing::title).eq("bright flat").list();      // case-insensitive
    List<Listing> nearRiver = listings.query().where(Listing::description).like("%river%").list();
    // end::query[]
    assertEquals(List.of(flat), withBalcony);
    assertEquals(List.of(flat), bright);
    assertEquals(List.of(flat), nearRiver);
  }
}
