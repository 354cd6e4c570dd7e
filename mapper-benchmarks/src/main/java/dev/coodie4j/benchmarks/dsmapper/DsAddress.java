package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.mapper.annotations.CqlName;
import com.datastax.oss.driver.api.mapper.annotations.Entity;

/** The {@code address} user type as a DataStax mapper entity (that mapper maps user types as entities too). */
@Entity
@CqlName("address")
public class DsAddress {
  private String street;
  private String city;
  private String state;
  private int zipcode;

  public DsAddress() {}

  public DsAddress(String street, String city, String state, int zipcode) {
    this.street = street;
    this.city = city;
    this.state = state;
    this.zipcode = zipcode;
  }

  public String getStreet() { return street; }
  public void setStreet(String street) { this.street = street; }
  public String getCity() { return city; }
  public void setCity(String city) { this.city = city; }
  public String getState() { return state; }
  public void setState(String state) { this.state = state; }
  public int getZipcode() { return zipcode; }
  public void setZipcode(int zipcode) { this.zipcode = zipcode; }
}
