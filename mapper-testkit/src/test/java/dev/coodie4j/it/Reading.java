package dev.coodie4j.it;

import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.ClusteringOrder;
import dev.coodie4j.annotation.Column;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Static;
import dev.coodie4j.annotation.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Composite partition key, descending clustering, a static column and a reserved word as a column name. */
@Table(name = "sensor_readings")
record Reading(
    @PartitionKey(0) String sensor,
    @PartitionKey(1) LocalDate day,
    @ClusteringKey(order = ClusteringOrder.DESC) Instant at,
    @Column("value") double measured,
    @Static String unit) {}
