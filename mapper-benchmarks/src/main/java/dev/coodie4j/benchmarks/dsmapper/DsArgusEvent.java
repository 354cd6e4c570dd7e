package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.mapper.annotations.CqlName;
import com.datastax.oss.driver.api.mapper.annotations.Entity;
import com.datastax.oss.driver.api.mapper.annotations.PartitionKey;
import java.time.Instant;
import java.util.UUID;

/** {@code bench_argus_event} as a DataStax mapper entity. */
@Entity
@CqlName("bench_argus_event")
public class DsArgusEvent {
  @PartitionKey private UUID id;
  private UUID releaseId;
  private UUID groupId;
  private UUID testId;
  private UUID runId;
  private UUID userId;
  private String kind;
  private String body;
  private Instant createdAt;

  public DsArgusEvent() {}

  /** An event without group or test, as the batch scenario writes them. */
  public DsArgusEvent(UUID id, UUID releaseId, UUID runId, UUID userId, String kind, String body, Instant createdAt) {
    this.id = id;
    this.releaseId = releaseId;
    this.runId = runId;
    this.userId = userId;
    this.kind = kind;
    this.body = body;
    this.createdAt = createdAt;
  }

  public UUID getId() { return id; }
  public void setId(UUID id) { this.id = id; }
  public UUID getReleaseId() { return releaseId; }
  public void setReleaseId(UUID releaseId) { this.releaseId = releaseId; }
  public UUID getGroupId() { return groupId; }
  public void setGroupId(UUID groupId) { this.groupId = groupId; }
  public UUID getTestId() { return testId; }
  public void setTestId(UUID testId) { this.testId = testId; }
  public UUID getRunId() { return runId; }
  public void setRunId(UUID runId) { this.runId = runId; }
  public UUID getUserId() { return userId; }
  public void setUserId(UUID userId) { this.userId = userId; }
  public String getKind() { return kind; }
  public void setKind(String kind) { this.kind = kind; }
  public String getBody() { return body; }
  public void setBody(String body) { this.body = body; }
  public Instant getCreatedAt() { return createdAt; }
  public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
}
