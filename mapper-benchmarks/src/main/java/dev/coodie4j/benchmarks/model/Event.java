package dev.coodie4j.benchmarks.model;

import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import java.util.UUID;

/** {@code bench_events} of coodie's suite: the rows of the batch scenarios, each in its own partition. */
@Table(name = "bench_events")
public record Event(@PartitionKey UUID id, String eventType, String payload) {}
