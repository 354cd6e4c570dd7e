/**
 * The coodie4j driver SPI on the DataStax (Apache Cassandra) Java driver 4: {@link
 * dev.coodie4j.driver.datastax.DataStaxDriver#of(com.datastax.oss.driver.api.core.CqlSession)}. Only that class is
 * API; codecs are resolved once per prepared statement and values are encoded by index.
 */
@NullMarked
package dev.coodie4j.driver.datastax;

import org.jspecify.annotations.NullMarked;
