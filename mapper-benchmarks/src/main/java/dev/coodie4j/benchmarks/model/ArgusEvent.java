package dev.coodie4j.benchmarks.model;

import dev.coodie4j.annotation.Index;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import java.time.Instant;
import java.util.UUID;

/** {@code bench_argus_event}: every reference and the kind are indexed. */
@Table(name = "bench_argus_event")
public record ArgusEvent(@PartitionKey UUID id, @Index UUID releaseId, @Index UUID groupId, @Index UUID testId,
    @Index UUID runId, @Index UUID userId, @Index String kind, String body, Instant createdAt) {}
