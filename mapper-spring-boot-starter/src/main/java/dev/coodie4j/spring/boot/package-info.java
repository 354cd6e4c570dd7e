/**
 * Spring Boot auto-configuration for coodie4j: a {@link dev.coodie4j.Mapper} over Boot's {@code CqlSession}, an
 * {@link dev.coodie4j.table.EntityTable} bean for each {@code @Table} class of the application's packages (and the
 * {@link dev.coodie4j.spring.boot.EntityTables} registry), and at startup: migrations (with {@code mapper-migrations}),
 * then {@code sync} or validation of the entities. Configured by {@code coodie4j.*} properties
 * ({@link dev.coodie4j.spring.boot.Coodie4jProperties}).
 */
@NullMarked
package dev.coodie4j.spring.boot;

import org.jspecify.annotations.NullMarked;
