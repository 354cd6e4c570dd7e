/**
 * The contract between coodie4j and a Cassandra driver. The mapper prepares each statement shape once through
 * {@link dev.coodie4j.spi.CqlDriver#prepare}, binds values by index and reads result columns by index; a driver
 * binding resolves its codecs when a statement is prepared, never per call.
 *
 * <p>This package may evolve faster than the rest of the API.
 */
@NullMarked
package dev.coodie4j.spi;

import org.jspecify.annotations.NullMarked;
