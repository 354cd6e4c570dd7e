package com.example.users;

/** The outcome of changing a user's email only if it is still the one the caller saw. */
public sealed interface EmailChange {
  /** The email is now {@code email}. */
  record Changed(String email) implements EmailChange {}

  /** The email had changed meanwhile: {@code current} is what it is, for the caller to show or retry from. */
  record Conflict(String current) implements EmailChange {}

  /** There is no such user. */
  record NoSuchUser() implements EmailChange {}
}
