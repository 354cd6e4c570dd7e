package com.example.counters;

import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.ColumnType;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.schema.ScalarType;
import java.time.LocalDate;

/**
 * A page's counts for one day. Cassandra keeps counters in tables of their own: every column besides the primary key
 * is a counter.
 */
@Table(name = "page_stats")
public record PageStats(
    @PartitionKey String page,
    @ClusteringKey LocalDate day,
    @ColumnType(ScalarType.COUNTER) long views,
    @ColumnType(ScalarType.COUNTER) long likes) {}
