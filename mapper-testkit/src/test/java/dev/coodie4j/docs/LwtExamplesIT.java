package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.Consistency;
import dev.coodie4j.Mapper;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.table.LwtResult;
import dev.coodie4j.testkit.CassandraTest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The examples of docs/lightweight-transactions.md. */
@CassandraTest
class LwtExamplesIT {
  @Table
  public record Username(@PartitionKey String name, String ownerEmail) {}

  @Test
  void claimAUsername(Mapper mapper) {
    EntityTable<Username> usernames = mapper.table(Username.class);
    usernames.sync();
    usernames.insertIfNotExists(new Username("ada", "ada@example.com"));
    // tag::insert[]
    LwtResult<Username> claim = usernames.insertIfNotExists(new Username("ada", "someone@example.com"));
    if (!claim.applied()) {
      Optional<Username> taken = claim.current();   // the row that won: owner ada@example.com
      // end::insert[]
      assertEquals("ada@example.com", taken.orElseThrow().ownerEmail());
    }
    assertFalse(claim.applied());
    // tag::delete[]
    WriteOptions local = WriteOptions.defaults().withSerialConsistency(Consistency.LOCAL_SERIAL);
    LwtResult<Username> released = usernames.deleteFrom("ada").ifExists().options(local).execute();
    boolean wasThere = released.applied();          // false, with no current row, if nothing was there
    // end::delete[]
    assertTrue(wasThere);
  }
}
