package com.example.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.users.EmailChange.Changed;
import com.example.users.EmailChange.Conflict;
import com.example.users.EmailChange.NoSuchUser;
import com.example.users.Registration.Registered;
import com.example.users.Registration.Taken;
import dev.coodie4j.Mapper;
import dev.coodie4j.testkit.CassandraTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@CassandraTest
class UserRegistryTest {
  private UserRegistry registry;

  @BeforeEach
  void start(Mapper mapper) {
    registry = UserRegistry.start(mapper);
  }

  @Test
  void registersAFreeUsernameAndReadsItBack() {
    Registered ada = assertInstanceOf(Registered.class, registry.register("ada", "ada@example.com"));
    assertEquals("ada@example.com", ada.user().email());
    assertEquals(Optional.of(ada.user()), registry.find("ada"));
  }

  @Test
  void aTakenUsernameReturnsTheOwnersRowAndChangesNothing() {
    Registered first = assertInstanceOf(Registered.class, registry.register("bob", "bob@example.com"));
    Taken taken = assertInstanceOf(Taken.class, registry.register("bob", "other@example.com"));
    assertEquals(first.user(), taken.owner(), "the typed current row: the owner's");
    assertEquals(Optional.of(first.user()), registry.find("bob"));
  }

  @Test
  void concurrentClaimsOfOneUsernameRegisterExactlyOne() throws Exception {
    int claimants = 8;
    ExecutorService pool = Executors.newFixedThreadPool(claimants);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Registration>> claims = new ArrayList<>();
      for (int i = 0; i < claimants; i++) {
        String email = "claimant" + i + "@example.com";
        claims.add(pool.submit(() -> {
          go.await();
          return registry.register("cy", email);
        }));
      }
      go.countDown();
      List<Registration> outcomes = new ArrayList<>();
      for (Future<Registration> claim : claims) {
        outcomes.add(claim.get());
      }
      List<User> winners = outcomes.stream().filter(Registered.class::isInstance)
          .map(r -> ((Registered) r).user()).toList();
      assertEquals(1, winners.size(), outcomes.toString());
      User winner = winners.get(0);
      assertTrue(outcomes.stream().filter(Taken.class::isInstance)
          .allMatch(r -> ((Taken) r).owner().equals(winner)), "every loser sees the winner: " + outcomes);
      assertEquals(Optional.of(winner), registry.find("cy"));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void changesTheEmailOnlyFromTheOneTheCallerSaw() {
    registry.register("dee", "dee@example.com");
    assertEquals(new Changed("dee@new.example"), registry.changeEmail("dee", "dee@example.com", "dee@new.example"));
    // a second client still holding the old address loses, and learns the current one
    assertEquals(new Conflict("dee@new.example"),
        registry.changeEmail("dee", "dee@example.com", "dee@stale.example"));
    assertEquals("dee@new.example", registry.find("dee").orElseThrow().email());
  }

  @Test
  void changingTheEmailOfAnUnknownUserCreatesNoRow() {
    assertEquals(new NoSuchUser(), registry.changeEmail("nobody", "x@example.com", "y@example.com"));
    assertEquals(Optional.empty(), registry.find("nobody"));
  }
}
