package dev.coodie4j.benchmarks.model;

import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.ClusteringOrder;
import dev.coodie4j.annotation.Index;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code bench_reviews} of coodie's suite: newest review first, rating indexed. Synced with the other tables, as in coodie's
 * suite, but no scenario reads or writes it.
 */
@Table(name = "bench_reviews")
public record Review(@PartitionKey UUID productId, @ClusteringKey(order = ClusteringOrder.DESC) Instant createdAt,
    String author, @Index int rating) {}
