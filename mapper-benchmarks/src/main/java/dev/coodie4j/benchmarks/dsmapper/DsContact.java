package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.mapper.annotations.CqlName;
import com.datastax.oss.driver.api.mapper.annotations.Entity;

/** The {@code contact} user type, holding a nested {@link DsPhone}, as a DataStax mapper entity. */
@Entity
@CqlName("contact")
public class DsContact {
  private String name;
  private DsPhone phone;

  public DsContact() {}

  public DsContact(String name, DsPhone phone) {
    this.name = name;
    this.phone = phone;
  }

  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public DsPhone getPhone() { return phone; }
  public void setPhone(DsPhone phone) { this.phone = phone; }
}
