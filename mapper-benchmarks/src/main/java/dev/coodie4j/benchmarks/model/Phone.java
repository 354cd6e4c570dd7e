package dev.coodie4j.benchmarks.model;

import dev.coodie4j.annotation.UserType;

/** The {@code phone} user type nested in {@link Contact}. */
@UserType
public record Phone(String countryCode, String number) {}
