package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.mapper.annotations.ClusteringColumn;
import com.datastax.oss.driver.api.mapper.annotations.CqlName;
import com.datastax.oss.driver.api.mapper.annotations.Entity;
import com.datastax.oss.driver.api.mapper.annotations.PartitionKey;
import java.util.UUID;

/** {@code bench_argus_notification} as a DataStax mapper entity; the timeuuid id is a plain {@link UUID}. */
@Entity
@CqlName("bench_argus_notification")
public class DsArgusNotification {
  @PartitionKey private UUID receiver;
  @ClusteringColumn private UUID id;
  private String type;
  private int state;
  private UUID sender;
  private String sourceType;
  private UUID sourceId;
  private String title;
  private String content;

  public DsArgusNotification() {}

  public UUID getReceiver() { return receiver; }
  public void setReceiver(UUID receiver) { this.receiver = receiver; }
  public UUID getId() { return id; }
  public void setId(UUID id) { this.id = id; }
  public String getType() { return type; }
  public void setType(String type) { this.type = type; }
  public int getState() { return state; }
  public void setState(int state) { this.state = state; }
  public UUID getSender() { return sender; }
  public void setSender(UUID sender) { this.sender = sender; }
  public String getSourceType() { return sourceType; }
  public void setSourceType(String sourceType) { this.sourceType = sourceType; }
  public UUID getSourceId() { return sourceId; }
  public void setSourceId(UUID sourceId) { this.sourceId = sourceId; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getContent() { return content; }
  public void setContent(String content) { this.content = content; }
}
