package dev.coodie4j.migrations.cli;

import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;

/** An entity that CliIT hands to the jar through --classpath. */
@Table(name = "note")
public record Note(@PartitionKey int id, String body, String author) {}
