package com.example.users;

import com.example.users.EmailChange.Changed;
import com.example.users.EmailChange.Conflict;
import com.example.users.EmailChange.NoSuchUser;
import com.example.users.Registration.Registered;
import com.example.users.Registration.Taken;
import dev.coodie4j.Consistency;
import dev.coodie4j.LwtOutcomeUnknownException;
import dev.coodie4j.Mapper;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.table.LwtResult;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Usernames claimed with lightweight transactions. Each conditional write either applies or says why not, and a write
 * whose outcome is unknown (it timed out, and may or may not have applied) is settled by a {@code SERIAL} read, never
 * taken for "not applied".
 */
public final class UserRegistry {
  /** How many times a write whose outcome stays unknown, and which the SERIAL read shows did not apply, is sent. */
  static final int ATTEMPTS = 3;

  private final EntityTable<User> users;

  public UserRegistry(EntityTable<User> users) {
    this.users = users;
  }

  /** The registry on the mapper's keyspace, with its table created (or completed) as at service startup. */
  public static UserRegistry start(Mapper mapper) {
    EntityTable<User> users = mapper.table(User.class);
    users.sync();
    return new UserRegistry(users);
  }

  public Optional<User> find(String username) {
    return users.get(username);
  }

  /** Claims {@code username} for {@code email}: exactly one of any number of concurrent claims is registered. */
  public Registration register(String username, String email) {
    // millisecond precision, as the timestamp column keeps it: the row read back equals this one
    User user = new User(username, email, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    for (int attempt = 1; ; attempt++) {
      try {
        LwtResult<User> claim = users.insertIfNotExists(user);
        return claim.applied() ? new Registered(user) : new Taken(claim.current().orElseThrow());
      } catch (LwtOutcomeUnknownException unknown) {
        Optional<User> now = serialRead(username);
        if (now.isPresent()) { // it applied (our row), or somebody else's claim won
          return now.get().equals(user) ? new Registered(user) : new Taken(now.get());
        }
        if (attempt == ATTEMPTS) { // still nothing there: it did not apply; let the caller decide
          throw unknown;
        }
      }
    }
  }

  /** Sets the email to {@code newEmail} only if it is still {@code expected}: optimistic concurrency control. */
  public EmailChange changeEmail(String username, String expected, String newEmail) {
    for (int attempt = 1; ; attempt++) {
      try {
        LwtResult<User> change = users.update(username)
            .set(User::email, newEmail)
            .onlyIf(User::email).eq(expected)
            .execute();
        if (change.applied()) {
          return new Changed(newEmail);
        }
        // not applied: the row is gone, or current() holds the compared column (a partial entity)
        return change.current().<EmailChange>map(now -> new Conflict(now.email())).orElse(new NoSuchUser());
      } catch (LwtOutcomeUnknownException unknown) {
        Optional<EmailChange> settled = settleEmailChange(username, expected, newEmail);
        if (settled.isPresent()) {
          return settled.get();
        }
        if (attempt == ATTEMPTS) {
          throw unknown;
        }
      }
    }
  }

  /**
   * After a conditional email change whose outcome is unknown: what a SERIAL read shows, or empty when the change did
   * not apply and the email is still {@code expected}, so that sending it again is safe.
   */
  Optional<EmailChange> settleEmailChange(String username, String expected, String newEmail) {
    Optional<User> now = serialRead(username);
    if (now.isEmpty()) {
      return Optional.of(new NoSuchUser());
    }
    String email = now.get().email();
    if (Objects.equals(email, newEmail)) {
      return Optional.of(new Changed(newEmail));
    }
    return Objects.equals(email, expected) ? Optional.empty() : Optional.of(new Conflict(email));
  }

  /** A read at SERIAL completes any Paxos round left in progress on the row before it answers. */
  private Optional<User> serialRead(String username) {
    return users.query().where(User::username).eq(username).consistency(Consistency.SERIAL).first();
  }
}
