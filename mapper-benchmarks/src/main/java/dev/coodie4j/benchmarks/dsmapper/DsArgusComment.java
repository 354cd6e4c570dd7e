package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.mapper.annotations.ClusteringColumn;
import com.datastax.oss.driver.api.mapper.annotations.CqlName;
import com.datastax.oss.driver.api.mapper.annotations.Entity;
import com.datastax.oss.driver.api.mapper.annotations.PartitionKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code bench_argus_comment} as a DataStax mapper entity. */
@Entity
@CqlName("bench_argus_comment")
public class DsArgusComment {
  @PartitionKey private UUID id;
  @ClusteringColumn private long postedAt;
  private UUID testRunId;
  private UUID userId;
  private UUID releaseId;
  private String message;
  private List<UUID> mentions;
  private Map<String, Integer> reactions;

  public DsArgusComment() {}

  public DsArgusComment(UUID id, long postedAt, UUID testRunId, UUID userId, UUID releaseId, String message,
      List<UUID> mentions, Map<String, Integer> reactions) {
    this.id = id;
    this.postedAt = postedAt;
    this.testRunId = testRunId;
    this.userId = userId;
    this.releaseId = releaseId;
    this.message = message;
    this.mentions = mentions;
    this.reactions = reactions;
  }

  public UUID getId() { return id; }
  public void setId(UUID id) { this.id = id; }
  public long getPostedAt() { return postedAt; }
  public void setPostedAt(long postedAt) { this.postedAt = postedAt; }
  public UUID getTestRunId() { return testRunId; }
  public void setTestRunId(UUID testRunId) { this.testRunId = testRunId; }
  public UUID getUserId() { return userId; }
  public void setUserId(UUID userId) { this.userId = userId; }
  public UUID getReleaseId() { return releaseId; }
  public void setReleaseId(UUID releaseId) { this.releaseId = releaseId; }
  public String getMessage() { return message; }
  public void setMessage(String message) { this.message = message; }
  public List<UUID> getMentions() { return mentions; }
  public void setMentions(List<UUID> mentions) { this.mentions = mentions; }
  public Map<String, Integer> getReactions() { return reactions; }
  public void setReactions(Map<String, Integer> reactions) { this.reactions = reactions; }
}
