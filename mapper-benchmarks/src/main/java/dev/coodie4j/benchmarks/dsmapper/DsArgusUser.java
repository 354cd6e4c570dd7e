package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.mapper.annotations.CqlName;
import com.datastax.oss.driver.api.mapper.annotations.Entity;
import com.datastax.oss.driver.api.mapper.annotations.PartitionKey;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code bench_argus_user} as a DataStax mapper entity. */
@Entity
@CqlName("bench_argus_user")
public class DsArgusUser {
  @PartitionKey private UUID id;
  private String username;
  private String fullName;
  private String email;
  private Instant registrationDate;
  private List<String> roles;
  private UUID pictureId;
  private String apiToken;

  public DsArgusUser() {}

  public DsArgusUser(UUID id, String username, String fullName, String email, Instant registrationDate,
      List<String> roles, UUID pictureId, String apiToken) {
    this.id = id;
    this.username = username;
    this.fullName = fullName;
    this.email = email;
    this.registrationDate = registrationDate;
    this.roles = roles;
    this.pictureId = pictureId;
    this.apiToken = apiToken;
  }

  public UUID getId() { return id; }
  public void setId(UUID id) { this.id = id; }
  public String getUsername() { return username; }
  public void setUsername(String username) { this.username = username; }
  public String getFullName() { return fullName; }
  public void setFullName(String fullName) { this.fullName = fullName; }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
  public Instant getRegistrationDate() { return registrationDate; }
  public void setRegistrationDate(Instant registrationDate) { this.registrationDate = registrationDate; }
  public List<String> getRoles() { return roles; }
  public void setRoles(List<String> roles) { this.roles = roles; }
  public UUID getPictureId() { return pictureId; }
  public void setPictureId(UUID pictureId) { this.pictureId = pictureId; }
  public String getApiToken() { return apiToken; }
  public void setApiToken(String apiToken) { this.apiToken = apiToken; }
}
