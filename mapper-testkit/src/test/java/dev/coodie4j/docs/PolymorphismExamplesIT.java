package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.Discriminator;
import dev.coodie4j.annotation.DiscriminatorValue;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of docs/polymorphism.md. */
@CassandraTest
class PolymorphismExamplesIT {
  // tag::hierarchy[]
  @Table(name = "payments")
  @Discriminator("method")                             // a text column saying which record a row is
  public sealed interface Payment permits CardPayment, BankTransfer {}

  @DiscriminatorValue("card")
  public record CardPayment(@PartitionKey String account, @ClusteringKey Instant at, BigDecimal amount,
      String last4) implements Payment {}

  @DiscriminatorValue("transfer")
  public record BankTransfer(@PartitionKey String account, @ClusteringKey Instant at, BigDecimal amount,
      String iban) implements Payment {}
  // end::hierarchy[]

  @Test
  void payments(Mapper mapper) {
    // tag::use[]
    EntityTable<Payment> payments = mapper.table(Payment.class);
    payments.sync();                                     // one table, the union of the records' columns
    mapper.table(CardPayment.class).save(new CardPayment("acc-1", Instant.parse("2026-11-24T10:00:00Z"),
        new BigDecimal("9.90"), "4242"));                // writes method = 'card'
    mapper.table(BankTransfer.class).save(new BankTransfer("acc-1", Instant.parse("2026-11-24T11:00:00Z"),
        new BigDecimal("120.00"), "FR76..."));
    List<Payment> all = payments.findByPartition("acc-1");                     // a CardPayment and a BankTransfer
    List<CardPayment> cards = mapper.table(CardPayment.class).findByPartition("acc-1"); // only the card payment
    // end::use[]
    assertEquals(2, all.size());
    assertEquals(1, cards.size());
  }
}
