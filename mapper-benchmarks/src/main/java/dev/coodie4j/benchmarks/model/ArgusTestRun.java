package dev.coodie4j.benchmarks.model;

import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.ClusteringOrder;
import dev.coodie4j.annotation.Index;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code bench_argus_test_run}: one partition per build, its runs newest first; the run id, release, group, test and
 * assignee are indexed.
 */
@Table(name = "bench_argus_test_run")
public record ArgusTestRun(@PartitionKey String buildId,
    @ClusteringKey(order = ClusteringOrder.DESC) Instant startTime, @Index UUID id, @Index UUID releaseId,
    @Index UUID groupId, @Index UUID testId, @Index UUID assignee, String status, String investigationStatus,
    int heartbeat, Instant endTime, String buildJobUrl, String scyllaVersion) {

  /** A new run as coodie creates it: "created", "not_investigated", heartbeat 0, nothing else set. */
  public static ArgusTestRun create(String buildId, Instant startTime, String status, String scyllaVersion) {
    return new ArgusTestRun(buildId, startTime, UUID.randomUUID(), null, null, null, null, status, "not_investigated",
        0, null, null, scyllaVersion);
  }

  /** This run with a new status and heartbeat. */
  public ArgusTestRun withProgress(String newStatus, int newHeartbeat) {
    return new ArgusTestRun(buildId, startTime, id, releaseId, groupId, testId, assignee, newStatus,
        investigationStatus, newHeartbeat, endTime, buildJobUrl, scyllaVersion);
  }
}
