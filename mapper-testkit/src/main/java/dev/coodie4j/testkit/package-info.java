/**
 * Test support for coodie4j: access to a real Cassandra or ScyllaDB server for integration tests.
 *
 * <p>{@link dev.coodie4j.testkit.TestServers#shared()} picks the server once per JVM: an existing cluster named by
 * {@code COODIE4J_CONTACT_POINTS}, a ScyllaDB container when Docker is reachable, or an embedded Apache Cassandra
 * started in a forked JVM. {@link dev.coodie4j.testkit.CassandraTest} (or {@link dev.coodie4j.testkit.CassandraExtension}
 * registered in code) gives each test class a fresh keyspace, optionally with its own customized session
 * ({@link dev.coodie4j.testkit.SessionCustomizer}), init scripts and {@link dev.coodie4j.testkit.Cleanup} between tests.
 */
@NullMarked
package dev.coodie4j.testkit;

import org.jspecify.annotations.NullMarked;
