package com.example.migrations;

import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.migrations.Migration;
import dev.coodie4j.migrations.MigrationContext;
import dev.coodie4j.migrations.ScanOptions;
import java.util.Locale;
import java.util.UUID;

/**
 * Adds each customer's mail domain, filled in from the address by a scan of the token ring: resumable where it
 * stopped if the migration fails half way, and safe to repeat, since each write sets a value derived from the row.
 */
public final class V3BackfillEmailDomains implements Migration {
  /** The columns this migration reads, as they are when it runs: later releases may change {@link Customer}. */
  @Table(name = "customers")
  record Row(@PartitionKey UUID id, String email) {}

  private final int pageSize;

  public V3BackfillEmailDomains() {
    this(500);
  }

  V3BackfillEmailDomains(int pageSize) {
    this.pageSize = pageSize;
  }

  @Override
  public String version() {
    return "3";
  }

  @Override
  public String description() {
    return "customers' email domain";
  }

  @Override
  public void upgrade(MigrationContext context) {
    if (!context.columnExists("customers", "email_domain")) {
      context.execute("ALTER TABLE customers ADD email_domain text");
    }
    context.scan("email_domains", Row.class, ScanOptions.defaults().withPageSize(pageSize), row -> {
      String domain = domainOf(row.email());
      if (domain != null) {
        context.execute("UPDATE customers SET email_domain = ? WHERE id = ?", domain, row.id());
      }
    });
  }

  /** The part after the last {@code @}, lower-cased; null for a missing or malformed address. */
  static String domainOf(String email) {
    int at = email == null ? -1 : email.lastIndexOf('@');
    return at < 0 || at == email.length() - 1 ? null : email.substring(at + 1).toLowerCase(Locale.ROOT);
  }
}
