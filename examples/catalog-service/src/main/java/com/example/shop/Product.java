package com.example.shop;

import dev.coodie4j.annotation.Index;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.UUID;

@Table
public record Product(@PartitionKey UUID id, @NotBlank String name, @Index String brand, @PositiveOrZero float price) {}
