/**
 * The same scenarios' entities and DAOs for the DataStax object mapper (java-driver-mapper-runtime and its annotation
 * processor), the peer coodie4j is compared with.
 */
package dev.coodie4j.benchmarks.dsmapper;
