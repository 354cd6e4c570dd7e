package dev.coodie4j.benchmarks.model;

import dev.coodie4j.annotation.UserType;

/** The {@code contact} user type of the nested-UDT benchmark: its phone is a (necessarily frozen) nested user type. */
@UserType
public record Contact(String name, Phone phone) {}
