package com.example.migrations;

import dev.coodie4j.Mapper;
import dev.coodie4j.migrations.MigrationRunner;

/** The application's migrations: the {@code .cql} files of {@code db/migrations} and the Java ones. */
public final class CrmSchema {
  private CrmSchema() {}

  /** A runner for {@code keyspace}; {@code mapper} is built with {@code .keyspace(keyspace)} too. */
  public static MigrationRunner runner(Mapper mapper, String keyspace) {
    return runner(mapper, keyspace, new V3BackfillEmailDomains());
  }

  static MigrationRunner runner(Mapper mapper, String keyspace, V3BackfillEmailDomains backfill) {
    return MigrationRunner.builder(mapper, keyspace)
        .classpath("db/migrations") // V1__create_customers.cql, V2__customers_by_country.cql
        .add(backfill)              // or list it in META-INF/services/dev.coodie4j.migrations.Migration
        .build();
  }
}
