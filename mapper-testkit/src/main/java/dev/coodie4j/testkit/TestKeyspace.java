package dev.coodie4j.testkit;

/** The keyspace created for the current test class, dropped after it. */
public record TestKeyspace(String name) {}
