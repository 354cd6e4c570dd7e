package com.example.notes;

import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import jakarta.validation.constraints.NotBlank;

@Table
public record Note(@PartitionKey String author, @ClusteringKey int seq, @NotBlank String text) {}
