package dev.coodie4j.benchmarks.model;

import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.ClusteringOrder;
import dev.coodie4j.annotation.Index;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code bench_argus_comment}: a list of mentioned users and a map of reaction counts; newest post first. */
@Table(name = "bench_argus_comment")
public record ArgusComment(@PartitionKey UUID id, @ClusteringKey(order = ClusteringOrder.DESC) long postedAt,
    @Index UUID testRunId, @Index UUID userId, @Index UUID releaseId, String message, List<UUID> mentions,
    Map<String, Integer> reactions) {}
