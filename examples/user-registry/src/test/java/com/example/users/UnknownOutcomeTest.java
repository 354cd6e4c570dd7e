package com.example.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.users.EmailChange.Changed;
import com.example.users.EmailChange.Conflict;
import com.example.users.EmailChange.NoSuchUser;
import com.example.users.Registration.Registered;
import com.example.users.Registration.Taken;
import dev.coodie4j.LwtOutcomeUnknownException;
import dev.coodie4j.LwtOutcomeUnknownException.Kind;
import dev.coodie4j.Mapper;
import dev.coodie4j.RequestTimeoutException;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A conditional write that times out may or may not have applied. A single test server does not time out on
 * demand, so these tests put the table behind a proxy whose insertIfNotExists fails as a timed-out one does, after
 * doing what the server would have done, or nothing.
 */
@CassandraTest
class UnknownOutcomeTest {
  private EntityTable<User> users;
  private UserRegistry registry;

  @BeforeEach
  void start(Mapper mapper) {
    registry = UserRegistry.start(mapper);
    users = mapper.table(User.class);
  }

  @Test
  void aClaimThatAppliedBeforeItsTimeoutIsSettledAsRegistered() {
    AtomicInteger sent = new AtomicInteger();
    UserRegistry flaky = new UserRegistry(timingOut(1, user -> {
      sent.incrementAndGet();
      users.insertIfNotExists(user); // the server applied it; only the answer was lost
    }));
    Registered ada = assertInstanceOf(Registered.class, flaky.register("ada", "ada@example.com"));
    assertEquals(Optional.of(ada.user()), registry.find("ada"));
    assertEquals(1, sent.get(), "settled by the SERIAL read, not sent again");
  }

  @Test
  void aClaimThatNeverReachedTheServerIsSentAgain() {
    UserRegistry flaky = new UserRegistry(timingOut(1, user -> {}));
    Registered bob = assertInstanceOf(Registered.class, flaky.register("bob", "bob@example.com"));
    assertEquals(Optional.of(bob.user()), registry.find("bob"));
  }

  @Test
  void aClaimThatTimedOutWhileAnotherWonIsSettledAsTaken() {
    UserRegistry flaky = new UserRegistry(timingOut(1, user -> registry.register("cy", "winner@example.com")));
    Taken taken = assertInstanceOf(Taken.class, flaky.register("cy", "loser@example.com"));
    assertEquals("winner@example.com", taken.owner().email());
  }

  @Test
  void anOutcomeThatStaysUnknownIsThrownAfterTheAttempts() {
    AtomicInteger sent = new AtomicInteger();
    UserRegistry flaky = new UserRegistry(timingOut(Integer.MAX_VALUE, user -> sent.incrementAndGet()));
    LwtOutcomeUnknownException unknown = assertThrows(LwtOutcomeUnknownException.class,
        () -> flaky.register("dee", "dee@example.com"));
    assertEquals(Kind.INSERT_IF_NOT_EXISTS, unknown.kind());
    assertEquals(Map.of("username", "dee"), unknown.key());
    assertEquals(UserRegistry.ATTEMPTS, sent.get());
    assertEquals(Optional.empty(), registry.find("dee"));
  }

  @Test
  void anEmailChangeOfUnknownOutcomeIsSettledFromWhatTheSerialReadShows() {
    registry.register("eve", "eve@example.com");
    // the change did not apply: the email is still the expected one, so sending it again is safe
    assertEquals(Optional.empty(), registry.settleEmailChange("eve", "eve@example.com", "eve@new.example"));
    registry.changeEmail("eve", "eve@example.com", "eve@new.example"); // as if the lost write had applied
    assertEquals(Optional.of(new Changed("eve@new.example")),
        registry.settleEmailChange("eve", "eve@example.com", "eve@new.example"));
    assertEquals(Optional.of(new Conflict("eve@new.example")),
        registry.settleEmailChange("eve", "eve@example.com", "eve@third.example"));
    assertEquals(Optional.of(new NoSuchUser()), registry.settleEmailChange("nobody", "a@b.c", "d@e.f"));
  }

  /**
   * The test table, whose first {@code failures} insertIfNotExists calls run {@code serverSide} and then fail with
   * the exception coodie4j throws for a conditional write that timed out.
   */
  @SuppressWarnings("unchecked")
  private EntityTable<User> timingOut(int failures, Consumer<User> serverSide) {
    AtomicInteger left = new AtomicInteger(failures);
    return (EntityTable<User>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityTable.class},
        (proxy, method, args) -> {
          if (method.getName().equals("insertIfNotExists") && left.getAndDecrement() > 0) {
            User user = (User) args[0];
            serverSide.accept(user);
            throw new LwtOutcomeUnknownException(User.class, "users", Kind.INSERT_IF_NOT_EXISTS,
                Map.of("username", user.username()), new RequestTimeoutException("simulated request timeout", null));
          }
          try {
            return method.invoke(users, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
