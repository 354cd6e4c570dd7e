package dev.coodie4j.docs;

import dev.coodie4j.Consistency;
import dev.coodie4j.LwtOutcomeUnknownException;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.table.LwtResult;
import java.util.Optional;

/** The examples of docs/reliability.md; ReplicaFaultsIT runs them on a cluster with hung nodes. */
public final class ReliabilityExamples {
  @Table
  public record Account(@PartitionKey String name, String owner) {}

  private ReliabilityExamples() {}

  // tag::settle[]
  /** Claims a name: true when the account is ours, even if an attempt's outcome was unknown. */
  public static boolean claim(EntityTable<Account> accounts, Account account) {
    for (int attempt = 1; ; attempt++) {
      try {
        LwtResult<Account> result = accounts.insertIfNotExists(account);
        return result.applied() || result.current().equals(Optional.of(account)); // ours, from an earlier try
      } catch (LwtOutcomeUnknownException unknown) {
        // it may have applied: a SERIAL read completes any Paxos round left in progress, then tells
        Optional<Account> now = accounts.query().where(Account::name).eq(account.name())
            .consistency(Consistency.SERIAL).first();
        if (now.isPresent()) {
          return now.get().equals(account);
        }
        if (attempt == 3) {
          throw unknown; // still no answer: let the caller decide (the row is not there yet)
        }
      }
    }
  }
  // end::settle[]
}
