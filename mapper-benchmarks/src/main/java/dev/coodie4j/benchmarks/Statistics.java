package dev.coodie4j.benchmarks;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Medians and 95% percentile-bootstrap intervals (10,000 resamples, fixed seed, so a report can be regenerated), and
 * the verdict an interval gives against a target: met when the whole interval is on the right side of it, missed when
 * the whole interval is on the wrong side, inconclusive when it straddles the target.
 */
final class Statistics {
  private static final int RESAMPLES = 10_000;

  private Statistics() {}

  /**
   * A point estimate and its 95% interval; {@code replicates}, when known, are the bootstrap's estimates in the order
   * drawn, from which a statistic over several independent estimates gets its own interval ({@link #medianAcross}).
   */
  record Interval(double point, double low, double high, double[] replicates) {
    static final Interval NONE = new Interval(Double.NaN, Double.NaN, Double.NaN);

    Interval(double point, double low, double high) {
      this(point, low, high, null);
    }

    boolean known() {
      return !Double.isNaN(point);
    }

    double width() {
      return high - low;
    }

    Interval inverse() {
      return new Interval(1 / point, 1 / high, 1 / low,
          replicates == null ? null : Arrays.stream(replicates).map(r -> 1 / r).toArray());
    }

    /** The verdict for "at most target". */
    String atMost(double target) {
      return !known() ? "no result" : Double.isNaN(low) ? "no interval (one sample)" : high <= target ? "met" : low > target ? "**missed**" : "inconclusive";
    }

    /** The verdict for "at least target". */
    String atLeast(double target) {
      return !known() ? "no result" : Double.isNaN(low) ? "no interval (one sample)" : low >= target ? "met" : high < target ? "**missed**" : "inconclusive";
    }

    String format() {
      return !known() ? "–" : Double.isNaN(low) ? String.format(Locale.ROOT, "%.3f (no interval)", point)
          : String.format(Locale.ROOT, "%.3f (%.3f–%.3f)", point, low, high);
    }
  }

  static double median(double[] values) {
    double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    int n = finite.length;
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 0 ? (finite[n / 2 - 1] + finite[n / 2]) / 2 : finite[n / 2];
  }

  /** The median of independent ratios (pairs measured together) and its interval, resampling the ratios. */
  static Interval medianOf(double[] ratios) {
    SplittableRandom random = new SplittableRandom(42);
    double[] medians = new double[RESAMPLES];
    double[] sample = new double[ratios.length];
    for (int r = 0; r < RESAMPLES; r++) {
      for (int i = 0; i < sample.length; i++) {
        sample[i] = ratios[random.nextInt(ratios.length)];
      }
      medians[r] = median(sample);
    }
    return interval(median(ratios), medians);
  }

  /**
   * The median over groups (JVMs) of each group's median ratio, with a two-level bootstrap interval: the groups
   * resampled, then the ratios within each chosen group.
   */
  static Interval medianOfGroups(double[][] groups) {
    double[] medians = Arrays.stream(groups).mapToDouble(Statistics::median).toArray();
    SplittableRandom random = new SplittableRandom(42);
    double[] resampled = new double[RESAMPLES];
    double[] chosen = new double[groups.length];
    for (int r = 0; r < RESAMPLES; r++) {
      for (int i = 0; i < groups.length; i++) {
        chosen[i] = resampledMedian(groups[random.nextInt(groups.length)], random);
      }
      resampled[r] = median(chosen);
    }
    return interval(median(medians), resampled);
  }

  /**
   * The ratio of two implementations' typical values, each the median over rounds of the round's median iteration, and
   * its interval from a two-level bootstrap: rounds are resampled (the same rounds for both sides, which ran together),
   * then each side's iterations within each chosen round. {@code top[round][iteration]}, likewise {@code bottom}; a
   * round that lacks either side is skipped.
   */
  static Interval ratioOfMedians(double[][] top, double[][] bottom) {
    int[] rounds = java.util.stream.IntStream.range(0, Math.min(top.length, bottom.length))
        .filter(r -> top[r] != null && bottom[r] != null && top[r].length > 0 && bottom[r].length > 0).toArray();
    if (rounds.length == 0) {
      return Interval.NONE;
    }
    double point = typical(top, rounds) / typical(bottom, rounds);
    if (!Double.isFinite(point)) {
      return Interval.NONE;
    }
    if (rounds.length == 1 && top[rounds[0]].length == 1 && bottom[rounds[0]].length == 1) {
      return new Interval(point, Double.NaN, Double.NaN); // one value a side: nothing to resample
    }
    SplittableRandom random = new SplittableRandom(42);
    double[] ratios = new double[RESAMPLES];
    double[] topRounds = new double[rounds.length];
    double[] bottomRounds = new double[rounds.length];
    for (int r = 0; r < RESAMPLES; r++) {
      for (int i = 0; i < rounds.length; i++) {
        int round = rounds[random.nextInt(rounds.length)];
        topRounds[i] = resampledMedian(top[round], random);
        bottomRounds[i] = resampledMedian(bottom[round], random);
      }
      ratios[r] = median(topRounds) / median(bottomRounds);
    }
    return interval(point, ratios);
  }

  /** The median over these rounds of each round's median. */
  static double typical(double[][] samples, int[] rounds) {
    double[] medians = new double[rounds.length];
    for (int i = 0; i < rounds.length; i++) {
      medians[i] = median(samples[rounds[i]]);
    }
    return median(medians);
  }

  private static double resampledMedian(double[] values, SplittableRandom random) {
    double[] sample = new double[values.length];
    for (int i = 0; i < sample.length; i++) {
      sample[i] = values[random.nextInt(values.length)];
    }
    return median(sample);
  }

  /**
   * The median of independent estimates (scenarios measured apart) and its interval: bootstrap draw r of the median
   * is the median of the estimates' draws r, each estimate's own resampling standing for a new measurement of it.
   * Null when an estimate has no draws.
   */
  static Interval medianAcross(java.util.List<Interval> estimates) {
    if (estimates.isEmpty() || estimates.stream().anyMatch(e -> e.replicates() == null
        || e.replicates().length != RESAMPLES)) {
      return null;
    }
    double[] draws = new double[RESAMPLES];
    double[] across = new double[estimates.size()];
    for (int r = 0; r < RESAMPLES; r++) {
      for (int i = 0; i < across.length; i++) {
        across[i] = estimates.get(i).replicates()[r];
      }
      draws[r] = median(across);
    }
    return interval(median(estimates.stream().mapToDouble(Interval::point).toArray()), draws);
  }

  private static Interval interval(double point, double[] resampled) {
    double[] finite = Arrays.stream(resampled).filter(Double::isFinite).sorted().toArray();
    if (finite.length == 0) {
      return Interval.NONE;
    }
    return new Interval(point, finite[(int) (finite.length * 0.025)], finite[(int) Math.ceil(finite.length * 0.975) - 1],
        resampled);
  }
}
