package com.example.users;

/** The outcome of claiming a username. */
public sealed interface Registration {
  /** The username is ours: this is the row now stored. */
  record Registered(User user) implements Registration {}

  /** Somebody holds the username: {@code owner} is their row, as the server saw it. */
  record Taken(User owner) implements Registration {}
}
