package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.mapper.annotations.CqlName;
import com.datastax.oss.driver.api.mapper.annotations.Entity;

/** The {@code phone} user type as a DataStax mapper entity. */
@Entity
@CqlName("phone")
public class DsPhone {
  private String countryCode;
  private String number;

  public DsPhone() {}

  public DsPhone(String countryCode, String number) {
    this.countryCode = countryCode;
    this.number = number;
  }

  public String getCountryCode() { return countryCode; }
  public void setCountryCode(String countryCode) { this.countryCode = countryCode; }
  public String getNumber() { return number; }
  public void setNumber(String number) { this.number = number; }
}
