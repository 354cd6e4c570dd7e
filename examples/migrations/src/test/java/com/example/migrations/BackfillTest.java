package com.example.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.Mapper;
import dev.coodie4j.SchemaMismatchException;
import dev.coodie4j.migrations.MigrationInfo;
import dev.coodie4j.migrations.MigrationRunner;
import dev.coodie4j.migrations.MigrationState;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CassandraTest
class BackfillTest {
  @Test
  void theBackfillFillsInTheDomainOfEveryCustomerWrittenBeforeIt(Mapper mapper, TestKeyspace keyspace) {
    MigrationRunner runner = CrmSchema.runner(mapper, keyspace.name(), new V3BackfillEmailDomains(50));
    assertEquals(List.of("1", "2"), runner.migrate("2").stream().map(MigrationInfo::version).toList());
    SchemaMismatchException behind = assertThrows(SchemaMismatchException.class,
        () -> CustomerDirectory.start(mapper));
    assertTrue(behind.getMessage().contains("email_domain"), behind.getMessage());

    // the previous release's customers: pages of 50 over several ranges of the ring
    Map<UUID, String> expected = new LinkedHashMap<>();
    for (int i = 0; i < 300; i++) {
      UUID id = UUID.randomUUID();
      String domain = "shop" + (i % 7) + ".example";
      mapper.cql("INSERT INTO customers (id, name, email, country) VALUES (?, ?, ?, ?)",
          id, "customer " + i, "c" + i + "@" + domain.toUpperCase(), i % 2 == 0 ? "FR" : "DE").execute();
      expected.put(id, domain);
    }
    UUID noEmail = UUID.randomUUID();
    mapper.cql("INSERT INTO customers (id, name) VALUES (?, ?)", noEmail, "no email").execute();
    assertEquals(MigrationState.PENDING, runner.status().get(2).state());

    assertEquals(List.of("3"), runner.migrate().stream().map(MigrationInfo::version).toList());

    CustomerDirectory directory = CustomerDirectory.start(mapper);
    expected.forEach((id, domain) -> assertEquals(domain, directory.get(id).orElseThrow().emailDomain(), id::toString));
    assertNull(directory.get(noEmail).orElseThrow().emailDomain());
    assertEquals(150, directory.inCountry("FR").size());
    assertEquals(List.of(), runner.migrate());
  }

  @Test
  void theDomainIsThePartAfterTheLastAtLowerCased() {
    assertEquals("example.com", V3BackfillEmailDomains.domainOf("Ada@Example.COM"));
    assertEquals("b.org", V3BackfillEmailDomains.domainOf("\"a@b\"@b.org"));
    assertNull(V3BackfillEmailDomains.domainOf("no-at-sign"));
    assertNull(V3BackfillEmailDomains.domainOf("trailing@"));
    assertNull(V3BackfillEmailDomains.domainOf(null));
  }
}
