package com.example.catalog;

import dev.coodie4j.annotation.Index;
import dev.coodie4j.annotation.Json;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import java.util.Map;
import java.util.UUID;

@Table
public record Product(
    @PartitionKey UUID id,
    String name,
    @Index String brand,
    float price,
    String description,
    @Json Map<String, String> attributes) {} // stored as JSON text
