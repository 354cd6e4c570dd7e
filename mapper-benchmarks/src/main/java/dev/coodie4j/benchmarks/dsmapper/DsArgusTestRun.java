package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.mapper.annotations.ClusteringColumn;
import com.datastax.oss.driver.api.mapper.annotations.CqlName;
import com.datastax.oss.driver.api.mapper.annotations.Entity;
import com.datastax.oss.driver.api.mapper.annotations.PartitionKey;
import java.time.Instant;
import java.util.UUID;

/** {@code bench_argus_test_run} as a DataStax mapper entity (the table's DESC order is the server's business). */
@Entity
@CqlName("bench_argus_test_run")
public class DsArgusTestRun {
  @PartitionKey private String buildId;
  @ClusteringColumn private Instant startTime;
  private UUID id;
  private UUID releaseId;
  private UUID groupId;
  private UUID testId;
  private UUID assignee;
  private String status;
  private String investigationStatus;
  private int heartbeat;
  private Instant endTime;
  private String buildJobUrl;
  private String scyllaVersion;

  public DsArgusTestRun() {}

  public String getBuildId() { return buildId; }
  public void setBuildId(String buildId) { this.buildId = buildId; }
  public Instant getStartTime() { return startTime; }
  public void setStartTime(Instant startTime) { this.startTime = startTime; }
  public UUID getId() { return id; }
  public void setId(UUID id) { this.id = id; }
  public UUID getReleaseId() { return releaseId; }
  public void setReleaseId(UUID releaseId) { this.releaseId = releaseId; }
  public UUID getGroupId() { return groupId; }
  public void setGroupId(UUID groupId) { this.groupId = groupId; }
  public UUID getTestId() { return testId; }
  public void setTestId(UUID testId) { this.testId = testId; }
  public UUID getAssignee() { return assignee; }
  public void setAssignee(UUID assignee) { this.assignee = assignee; }
  public String getStatus() { return status; }
  public void setStatus(String status) { this.status = status; }
  public String getInvestigationStatus() { return investigationStatus; }
  public void setInvestigationStatus(String investigationStatus) { this.investigationStatus = investigationStatus; }
  public int getHeartbeat() { return heartbeat; }
  public void setHeartbeat(int heartbeat) { this.heartbeat = heartbeat; }
  public Instant getEndTime() { return endTime; }
  public void setEndTime(Instant endTime) { this.endTime = endTime; }
  public String getBuildJobUrl() { return buildJobUrl; }
  public void setBuildJobUrl(String buildJobUrl) { this.buildJobUrl = buildJobUrl; }
  public String getScyllaVersion() { return scyllaVersion; }
  public void setScyllaVersion(String scyllaVersion) { this.scyllaVersion = scyllaVersion; }
}
