package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.mapper.annotations.CqlName;
import com.datastax.oss.driver.api.mapper.annotations.Entity;
import com.datastax.oss.driver.api.mapper.annotations.PartitionKey;
import java.util.UUID;

/** {@code bench_events} as a DataStax mapper entity. */
@Entity
@CqlName("bench_events")
public class DsEvent {
  @PartitionKey private UUID id;
  private String eventType;
  private String payload;

  public DsEvent() {}

  public DsEvent(UUID id, String eventType, String payload) {
    this.id = id;
    this.eventType = eventType;
    this.payload = payload;
  }

  public UUID getId() { return id; }
  public void setId(UUID id) { this.id = id; }
  public String getEventType() { return eventType; }
  public void setEventType(String eventType) { this.eventType = eventType; }
  public String getPayload() { return payload; }
  public void setPayload(String payload) { this.payload = payload; }
}
