package dev.coodie4j.benchmarks.model;

import dev.coodie4j.annotation.UserType;

/** The {@code address} user type of coodie's UDT benchmarks. */
@UserType
public record Address(String street, String city, String state, int zipcode) {}
