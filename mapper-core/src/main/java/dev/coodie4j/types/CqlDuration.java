package dev.coodie4j.types;

import dev.coodie4j.CoodieException;

/**
 * A CQL {@code duration}: months, days and nanoseconds, kept apart because their lengths vary (a month is not a fixed
 * number of days, a day not always 24 hours). All three must have the same sign.
 */
public record CqlDuration(int months, int days, long nanoseconds) {
  public CqlDuration {
    boolean anyNegative = months < 0 || days < 0 || nanoseconds < 0;
    boolean anyPositive = months > 0 || days > 0 || nanoseconds > 0;
    if (anyNegative && anyPositive) {
      throw new CoodieException("CqlDuration(" + months + ", " + days + ", " + nanoseconds
          + ") mixes signs: months, days and nanoseconds must all be >= 0 or all <= 0");
    }
  }
}
