package dev.coodie4j.faults;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.Index;
import dev.coodie4j.annotation.MaterializedView;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.annotation.UserType;
import dev.coodie4j.driver.datastax.DataStaxDriver;
import dev.coodie4j.schema.SyncResult;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One service instance's startup sync of a table with a user type, an index and a view, as a second JVM runs it in
 * {@link ConcurrentSyncIT}: {@code main(datacenter, keyspace, startAtEpochMillis, preferredHost:port, contactPoint...)}
 * connects, waits until the start instant, syncs, and prints the statements it ran; it exits 1 on failure.
 */
public final class SyncRacer {
  @UserType
  public record Address(String street, String city) {}

  @Table
  public record Customer(@PartitionKey UUID id, @Index String email, String country, Address address) {}

  @MaterializedView(base = Customer.class)
  public record CustomerByCountry(@PartitionKey String country, @ClusteringKey UUID id, String email) {}

  /** The next release of {@link Customer}: two more columns, which sync adds with ALTER TABLE. */
  @Table(name = "customer")
  public record CustomerV2(@PartitionKey UUID id, @Index String email, String country, Address address,
      String phone, String nickname) {}

  /** The entities a startup syncs, table before view. */
  static final Class<?>[] ENTITIES = {Customer.class, CustomerByCountry.class};

  private SyncRacer() {}

  /** A session whose every request goes first to {@code preferred}, under the session name {@code name}. */
  static CqlSession session(String name, String datacenter, List<String> contactPoints, InetSocketAddress preferred) {
    PreferredFirstPolicy.preferBySession.put(name, preferred);
    return CqlSession.builder()
        .withLocalDatacenter(datacenter)
        .withConfigLoader(DriverConfigLoader.programmaticBuilder()
            .withString(DefaultDriverOption.SESSION_NAME, name)
            .withStringList(DefaultDriverOption.CONTACT_POINTS, contactPoints)
            .withString(DefaultDriverOption.LOAD_BALANCING_POLICY_CLASS, PreferredFirstPolicy.class.getName())
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(30))
            .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, Duration.ofSeconds(10))
            .withDuration(DefaultDriverOption.CONTROL_CONNECTION_TIMEOUT, Duration.ofSeconds(10))
            .withDuration(DefaultDriverOption.METADATA_SCHEMA_REQUEST_TIMEOUT, Duration.ofSeconds(30))
            .build())
        .build();
  }

  /** Syncs the entities in the keyspace, as a service does at startup. */
  static List<SyncResult> sync(CqlSession session, String keyspace) {
    return sync(session, keyspace, ENTITIES);
  }

  static List<SyncResult> sync(CqlSession session, String keyspace, Class<?>... entities) {
    return Mapper.builder(DataStaxDriver.of(session)).keyspace(keyspace).build().sync(entities);
  }

  public static void main(String[] args) throws InterruptedException {
    String datacenter = args[0];
    String keyspace = args[1];
    long startAt = Long.parseLong(args[2]);
    String[] preferred = args[3].split(":");
    List<String> contactPoints = Arrays.asList(args).subList(4, args.length);
    try (CqlSession session = session("racer", datacenter, contactPoints,
        new InetSocketAddress(preferred[0], Integer.parseInt(preferred[1])))) {
      long wait = startAt - System.currentTimeMillis();
      if (wait > 0) {
        Thread.sleep(wait);
      }
      List<SyncResult> results = sync(session, keyspace);
      System.out.println("synced " + results.stream().mapToInt(r -> r.statements().size()).sum() + " statements, "
          + (System.currentTimeMillis() - startAt) + " ms after the start instant");
    } catch (RuntimeException e) {
      e.printStackTrace();
      System.exit(1);
    }
  }
}
