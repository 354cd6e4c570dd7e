/**
 * The coodie4j API: {@link dev.coodie4j.Mapper} and the per-entity {@link dev.coodie4j.EntityTable}.
 *
 * <p>Start with {@code Mapper.builder(driver).build()}, then {@code mapper.table(Product.class)}.
 */
package dev.coodie4j;
