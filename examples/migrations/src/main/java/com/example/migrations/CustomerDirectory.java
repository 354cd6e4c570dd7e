package com.example.migrations;

import dev.coodie4j.Mapper;
import dev.coodie4j.table.EntityTable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The service that uses the migrated schema. Migrations own the table, so at startup it only checks that the live
 * schema fits its entity, and changes nothing.
 */
public final class CustomerDirectory {
  private final EntityTable<Customer> customers;

  private CustomerDirectory(EntityTable<Customer> customers) {
    this.customers = customers;
  }

  /** Fails with a {@code SchemaMismatchException} naming what is missing when a migration has not run. */
  public static CustomerDirectory start(Mapper mapper) {
    mapper.validateSchema(Customer.class);
    return new CustomerDirectory(mapper.table(Customer.class));
  }

  public void add(Customer customer) {
    customers.save(customer);
  }

  public Optional<Customer> get(UUID id) {
    return customers.get(id);
  }

  public List<Customer> inCountry(String country) {
    return customers.query().where(Customer::country).eq(country).list();
  }
}
