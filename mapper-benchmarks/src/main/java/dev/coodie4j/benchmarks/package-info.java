/** JMH benchmarks of coodie4j against hand-written DataStax driver code doing the same work. */
package dev.coodie4j.benchmarks;
