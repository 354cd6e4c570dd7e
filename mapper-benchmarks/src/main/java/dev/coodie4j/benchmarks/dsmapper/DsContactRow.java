package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.mapper.annotations.CqlName;
import com.datastax.oss.driver.api.mapper.annotations.Entity;
import com.datastax.oss.driver.api.mapper.annotations.PartitionKey;
import java.util.UUID;

/** {@code bench_udt_contacts} as a DataStax mapper entity. */
@Entity
@CqlName("bench_udt_contacts")
public class DsContactRow {
  @PartitionKey private UUID id;
  private DsContact contact;

  public DsContactRow() {}

  public DsContactRow(UUID id, DsContact contact) {
    this.id = id;
    this.contact = contact;
  }

  public UUID getId() { return id; }
  public void setId(UUID id) { this.id = id; }
  public DsContact getContact() { return contact; }
  public void setContact(DsContact contact) { this.contact = contact; }
}
