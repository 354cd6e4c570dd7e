package dev.coodie4j.benchmarks.model;

import dev.coodie4j.annotation.Frozen;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import java.util.UUID;

/** {@code bench_udt_contacts}: one frozen {@link Contact}, itself holding a {@link Phone}, per row. */
@Table(name = "bench_udt_contacts")
public record ContactRow(@PartitionKey UUID id, @Frozen Contact contact) {}
