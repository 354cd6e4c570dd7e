/**
 * The entry point and what every part of the API shares: {@link dev.coodie4j.Mapper} (and its builder), the
 * exceptions ({@link dev.coodie4j.CoodieException} and its subclasses), {@link dev.coodie4j.NamingStrategy},
 * {@link dev.coodie4j.Consistency} and {@link dev.coodie4j.WriteOptions}. The rest of the API is grouped by concern:
 * {@code table}, {@code query}, {@code update}, {@code batch}, {@code cql}, {@code schema}, {@code annotation},
 * {@code types}; the driver contract is {@code spi}.
 *
 * <p>Start with {@code Mapper.builder(driver).build()}, then {@code mapper.table(Product.class)}.
 */
@NullMarked
package dev.coodie4j;

import org.jspecify.annotations.NullMarked;
