/**
 * Test support for coodie4j: access to a real Cassandra or ScyllaDB server for integration tests.
 *
 * <p>{@link dev.coodie4j.testkit.TestServers#shared()} picks the server once per JVM: an existing cluster named by
 * {@code COODIE4J_CONTACT_POINTS}, a ScyllaDB container when Docker is reachable, or an embedded Apache Cassandra
 * started in a forked JVM.
 */
package dev.coodie4j.testkit;
