package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.ColumnType;
import dev.coodie4j.annotation.CqlTuple;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.schema.ScalarType;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The examples of docs/types.md. */
@CassandraTest
class TypesExamplesIT {
  // tag::enums[]
  public enum Plan { FREE, PRO, ENTERPRISE }

  @Table
  public record Account(
      @PartitionKey String id,
      Plan plan,                                     // text: "PRO"
      @ColumnType(ScalarType.INT) Plan billedAs,     // int: 1 (the ordinal; reordering the enum changes meanings)
      Set<Plan> trials) {}                           // set<text>
  // end::enums[]

  // tag::tuples[]
  @CqlTuple
  public record GeoPoint(double lat, double lon) {}      // frozen<tuple<double, double>>

  @Table
  public record Store(@PartitionKey String id, GeoPoint location, List<GeoPoint> deliveryArea) {}
  // end::tuples[]

  @Test
  void tuples(Mapper mapper) {
    EntityTable<Store> stores = mapper.table(Store.class);
    stores.sync();
    Store store = new Store("s-1", new GeoPoint(45.76, 4.83), List.of(new GeoPoint(45.7, 4.8), new GeoPoint(45.8, 4.9)));
    stores.save(store);
    assertEquals(store, stores.get("s-1").orElseThrow());
  }

  @Test
  void enums(Mapper mapper) {
    EntityTable<Account> accounts = mapper.table(Account.class);
    accounts.sync();
    Account account = new Account("a-1", Plan.PRO, Plan.PRO, Set.of(Plan.ENTERPRISE));
    accounts.save(account);
    assertEquals(account, accounts.get("a-1").orElseThrow());
  }
}
