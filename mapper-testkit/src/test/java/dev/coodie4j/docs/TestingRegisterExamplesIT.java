package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.testkit.CassandraExtension;
import dev.coodie4j.testkit.Cleanup;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

// tag::register[]
class TestingRegisterExamplesIT {  // no @CassandraTest: the field registers the extension
  @RegisterExtension
  static CassandraExtension cassandra = CassandraExtension.builder()
      .session((config, session) -> config.withString(DefaultDriverOption.REQUEST_CONSISTENCY, "ONE"))
      .cleanup(Cleanup.TRUNCATE_AFTER_EACH)
      .scripts("schema/catalog.cql")
      .build();

  @Table
  record Product(@PartitionKey String sku, String name, int price) {}

  @Test
  void usesTheAccessors(Mapper mapper) {  // parameters resolve as with @CassandraTest
    assertEquals(mapper, cassandra.mapper());
    assertEquals(Optional.of(new Product("p2", "Chef's knife", 45)), cassandra.mapper().table(Product.class).get("p2"));
    long count = cassandra.session()
        .execute("SELECT count(*) FROM " + cassandra.keyspace().name() + ".product").one().getLong(0);
    assertEquals(2, count);
  }
}
// end::register[]
