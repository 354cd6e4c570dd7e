package dev.coodie4j.unit;

import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.ClusteringOrder;
import dev.coodie4j.annotation.ColumnType;
import dev.coodie4j.annotation.Frozen;
import dev.coodie4j.annotation.Index;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.schema.ScalarType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The entities of the manual's examples, in keyspace "ks", shared by the example-based unit tests. */
final class Fixtures {
  private Fixtures() {}

  @Table(keyspace = "ks")
  record Ticket(@PartitionKey UUID id, String status, int revision, List<String> comments, Set<String> watchers,
      Map<String, Integer> votes, @Frozen List<String> history) {}

  @Table(keyspace = "ks")
  record Order(@PartitionKey String customer, @ClusteringKey(order = ClusteringOrder.DESC) LocalDate day,
      @ClusteringKey(1) int number, @Index String status, double total) {}

  @Table(keyspace = "ks")
  record PageViews(@PartitionKey String page, @ClusteringKey String day,
      @ColumnType(ScalarType.COUNTER) long views) {}

  static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

  static Ticket ticket(String status) {
    return new Ticket(ID, status, 1, null, null, null, null);
  }
}
