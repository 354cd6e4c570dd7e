package dev.coodie4j.it;

import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.annotation.Transient;
import java.util.Objects;
import java.util.UUID;

/** A mutable class entity: no-arg constructor, getters and setters, one field without accessors. */
@Table
public class Customer {
  @PartitionKey private UUID id;
  private String email;
  private int loyaltyPoints;
  long version;
  @Transient private String sessionNote;

  public Customer() {}

  Customer(UUID id, String email, int loyaltyPoints, long version) {
    this.id = id;
    this.email = email;
    this.loyaltyPoints = loyaltyPoints;
    this.version = version;
  }

  public UUID getId() {
    return id;
  }

  public void setId(UUID id) {
    this.id = id;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public int getLoyaltyPoints() {
    return loyaltyPoints;
  }

  public void setLoyaltyPoints(int loyaltyPoints) {
    this.loyaltyPoints = loyaltyPoints;
  }

  public String getSessionNote() {
    return sessionNote;
  }

  public void setSessionNote(String sessionNote) {
    this.sessionNote = sessionNote;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Customer c && Objects.equals(id, c.id) && Objects.equals(email, c.email)
        && loyaltyPoints == c.loyaltyPoints && version == c.version && Objects.equals(sessionNote, c.sessionNote);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, email, loyaltyPoints, version);
  }

  @Override
  public String toString() {
    return "Customer[" + id + ", " + email + ", " + loyaltyPoints + ", " + version + ", " + sessionNote + "]";
  }
}
