package com.example.migrations;

import dev.coodie4j.annotation.Index;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import java.util.UUID;

/** A customer, as the application reads and writes it once every migration has run. */
@Table(name = "customers")
public record Customer(@PartitionKey UUID id, String name, String email, @Index String country, String emailDomain) {}
