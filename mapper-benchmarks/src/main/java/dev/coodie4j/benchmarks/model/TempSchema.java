package dev.coodie4j.benchmarks.model;

import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import java.util.UUID;

/** The table {@code sync_table_create} creates, dropped again before every invocation. */
@Table(name = "bench_temp_schema")
public record TempSchema(@PartitionKey UUID id, String name) {}
