package dev.coodie4j.benchmarks.model;

import dev.coodie4j.annotation.Index;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** {@code bench_argus_user} of coodie's Argus scenarios: username, email and api_token are indexed. */
@Table(name = "bench_argus_user")
public record ArgusUser(@PartitionKey UUID id, @Index String username, String fullName, @Index String email,
    Instant registrationDate, List<String> roles, UUID pictureId, @Index String apiToken) {

  /**
   * A new user as coodie creates it: "" full name, registered now (at the millisecond precision a timestamp column
   * keeps), no picture or API token.
   */
  public static ArgusUser create(UUID id, String username, String email, List<String> roles) {
    return new ArgusUser(id, username, "", email, Instant.now().truncatedTo(ChronoUnit.MILLIS), roles, null, null);
  }

  /** This user with {@code role} appended to its roles. */
  public ArgusUser withRole(String role) {
    List<String> more = new ArrayList<>(roles.size() + 1);
    more.addAll(roles);
    more.add(role);
    return new ArgusUser(id, username, fullName, email, registrationDate, more, pictureId, apiToken);
  }
}
