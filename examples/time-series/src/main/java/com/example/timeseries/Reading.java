package com.example.timeseries;

import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.ClusteringOrder;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One measurement. A partition holds one sensor's day, so partitions stay bounded however long the sensor runs; rows
 * are stored newest first, the order dashboards read them in.
 */
@Table(name = "readings")
public record Reading(
    @PartitionKey(0) String sensor,
    @PartitionKey(1) LocalDate day,
    @ClusteringKey(order = ClusteringOrder.DESC) Instant at, // timestamp: millisecond precision
    double value) {}
