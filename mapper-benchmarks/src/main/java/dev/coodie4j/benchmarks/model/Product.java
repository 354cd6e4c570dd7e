package dev.coodie4j.benchmarks.model;

import dev.coodie4j.annotation.Index;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import java.util.List;
import java.util.UUID;

/** {@code bench_products} of coodie's suite: brand and category are indexed. */
@Table(name = "bench_products")
public record Product(@PartitionKey UUID id, String name, @Index String brand, @Index String category, float price,
    List<String> tags, String description) {}
