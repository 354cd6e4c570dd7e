/** The coodie4j entities of the benchmark scenarios: coodie's benchmark models, same tables, columns and keys. */
package dev.coodie4j.benchmarks.model;
