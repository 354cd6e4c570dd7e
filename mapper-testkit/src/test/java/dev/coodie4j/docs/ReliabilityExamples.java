package dev.coodie4j.docs;

import dev.coodie4j.Consistency;
import dev.coodie4j.LwtOutcomeUnknownException;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.table.EntityTable;
import java.util.Optional;

/** The examples of docs/reliability.md; ReplicaFaultsIT runs them on a cluster with hung nodes. */
public final class ReliabilityExamples {
  @Table
  public record Account(@PartitionKey String name, String owner) {}

  private ReliabilityExamples() {}

  // tag::settle[]
  /** Claims a name: true when the account is ours, even if the first attempt's outcome was unknown. */
  public static boolean claim(EntityTable<Account> accounts, Account account) {
    try {
      return accounts.insertIfNotExists(account).applied();
    } catch (LwtOutcomeUnknownException unknown) {
      // it may have applied: a SERIAL read completes any Paxos round left in progress, then tells
      Optional<Account> now = accounts.query().where(Account::name).eq(account.name())
          .consistency(Consistency.SERIAL).first();
      if (now.isEmpty()) {
        return accounts.insertIfNotExists(account).applied();
      }
      return now.get().equals(account);
    }
  }
  // end::settle[]
}
