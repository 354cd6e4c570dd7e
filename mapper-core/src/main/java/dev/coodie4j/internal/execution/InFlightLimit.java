package dev.coodie4j.internal.execution;

import dev.coodie4j.CoodieException;
import dev.coodie4j.spi.CqlDriver;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.function.BiConsumer;

/**
 * The mapper's bound on requests in flight: a caller that would exceed it waits, in its own thread, until one
 * completes, so a loop submitting async writes runs at the cluster's pace instead of queueing without end. A driver
 * I/O thread never waits (it would wait for itself): a request made in a callback goes out at once, beyond the bound.
 */
public final class InFlightLimit {
  private final Semaphore permits;
  private final int maximum;
  private final CqlDriver driver;
  private final BiConsumer<Object, Throwable> release;

  public InFlightLimit(int maximum, CqlDriver driver) {
    this.permits = new Semaphore(maximum);
    this.maximum = maximum;
    this.driver = driver;
    this.release = (result, failure) -> permits.release();
  }

  /** Waits for a free slot unless on a driver thread; returns whether a slot was taken, to pass to {@link #sent}. */
  public boolean acquire() {
    if (permits.tryAcquire()) {
      return true;
    }
    if (driver.isDriverThread()) {
      return false;
    }
    try {
      permits.acquire();
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CoodieException("interrupted while waiting for one of the mapper's " + maximum + " requests in "
          + "flight (maxRequestsInFlight) to complete; nothing was sent");
    }
  }

  /** Frees the slot when the request completes. */
  public <T> CompletionStage<T> sent(CompletionStage<T> request, boolean acquired) {
    if (acquired) {
      request.whenComplete(release);
    }
    return request;
  }

  /** Frees a slot whose request was never sent. */
  public void unsent(boolean acquired) {
    if (acquired) {
      permits.release();
    }
  }

  /** Requests in flight now, of those that took a slot. */
  public int inFlight() {
    return maximum - permits.availablePermits();
  }

  public int maximum() {
    return maximum;
  }
}
