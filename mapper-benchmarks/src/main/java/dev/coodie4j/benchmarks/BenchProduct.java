package dev.coodie4j.benchmarks;

import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import java.util.UUID;

/** The product model of coodie's benchmark suite, without its collection column (collections come later). */
@Table(name = "bench_products")
public record BenchProduct(
    @PartitionKey UUID id, String name, String description, double price, int stock, String category) {}
