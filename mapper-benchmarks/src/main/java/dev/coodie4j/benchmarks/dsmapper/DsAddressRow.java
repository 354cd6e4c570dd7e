package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.mapper.annotations.CqlName;
import com.datastax.oss.driver.api.mapper.annotations.Entity;
import com.datastax.oss.driver.api.mapper.annotations.PartitionKey;
import java.util.UUID;

/** {@code bench_udt_addresses} as a DataStax mapper entity. */
@Entity
@CqlName("bench_udt_addresses")
public class DsAddressRow {
  @PartitionKey private UUID id;
  private DsAddress address;

  public DsAddressRow() {}

  public DsAddressRow(UUID id, DsAddress address) {
    this.id = id;
    this.address = address;
  }

  public UUID getId() { return id; }
  public void setId(UUID id) { this.id = id; }
  public DsAddress getAddress() { return address; }
  public void setAddress(DsAddress address) { this.address = address; }
}
