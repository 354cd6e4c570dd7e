package dev.coodie4j.benchmarks.model;

import dev.coodie4j.annotation.Frozen;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import java.util.UUID;

/** {@code bench_udt_addresses}: one frozen {@link Address} per row. */
@Table(name = "bench_udt_addresses")
public record AddressRow(@PartitionKey UUID id, @Frozen Address address) {}
