package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.Mapper;
import dev.coodie4j.NamingStrategy;
import dev.coodie4j.annotation.Column;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@CassandraTest
class NamingIT {
  @Table
  record UserAccount(@PartitionKey UUID accountId, String displayName, @Column("mail") String emailAddress) {}

  record NameOnly(String displayName) {}

  private static Mapper mapper(CqlSession session, TestKeyspace keyspace, NamingStrategy naming) {
    return Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace.name()).naming(naming).build();
  }

  @Test
  void eachMapperNamesTablesAndColumnsItsWayWhileAnnotationsWin(CqlSession session, TestKeyspace keyspace) {
    Mapper snake = mapper(session, keyspace, NamingStrategy.SNAKE_CASE);
    Mapper exact = mapper(session, keyspace, NamingStrategy.AS_WRITTEN);
    Mapper lower = mapper(session, keyspace, NamingStrategy.LOWER_CASE);
    assertEquals("user_account", snake.model(UserAccount.class).table());
    assertEquals(List.of("account_id", "display_name", "mail"),
        snake.model(UserAccount.class).columns().stream().map(ColumnModel::name).toList());
    assertEquals("UserAccount", exact.model(UserAccount.class).table());
    assertEquals(List.of("accountId", "displayName", "mail"),
        exact.model(UserAccount.class).columns().stream().map(ColumnModel::name).toList());
    assertEquals("useraccount", lower.model(UserAccount.class).table());

    for (Mapper mapper : List.of(snake, exact, lower)) {
      EntityTable<UserAccount> accounts = mapper.table(UserAccount.class);
      accounts.sync();
      UserAccount account = new UserAccount(UUID.randomUUID(), "Ada", "ada@example.com");
      accounts.save(account);
      assertEquals(account, accounts.get(account.accountId()).orElseThrow());
      assertEquals(List.of(new NameOnly("Ada")), accounts.query().where(UserAccount::accountId).eq(account.accountId())
          .list(NameOnly.class));
    }
    Set<String> tables = session.execute("SELECT table_name FROM system_schema.tables WHERE keyspace_name = ?",
        keyspace.name()).all().stream().map(r -> r.getString(0)).collect(Collectors.toSet());
    assertEquals(Set.of("user_account", "UserAccount", "useraccount"), tables);
  }
}
