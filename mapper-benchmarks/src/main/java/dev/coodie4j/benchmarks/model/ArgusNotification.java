package dev.coodie4j.benchmarks.model;

import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.ClusteringOrder;
import dev.coodie4j.annotation.ColumnType;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.schema.ScalarType;
import java.util.UUID;

/** {@code bench_argus_notification}: one partition per receiver, newest (timeuuid) first. */
@Table(name = "bench_argus_notification")
public record ArgusNotification(@PartitionKey UUID receiver,
    @ClusteringKey(order = ClusteringOrder.DESC) @ColumnType(ScalarType.TIMEUUID) UUID id, String type, int state,
    UUID sender, String sourceType, UUID sourceId, String title, String content) {}
