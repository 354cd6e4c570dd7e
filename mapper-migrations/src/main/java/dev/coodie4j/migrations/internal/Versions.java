package dev.coodie4j.migrations.internal;

import dev.coodie4j.migrations.MigrationException;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.regex.Pattern;

/** Migration versions: digits in parts separated by {@code _} or {@code .}, compared part by part as numbers. */
public final class Versions {
  private static final Pattern VERSION = Pattern.compile("[0-9]+([._][0-9]+)*");

  /** Orders versions numerically: {@code 2 < 10}, {@code 1_0 == 1.0}, {@code 1 < 1_1}. */
  public static final Comparator<String> ORDER = Versions::compare;

  private Versions() {}

  /** The version, checked; {@code where} names the migration for the error. */
  public static String check(String version, String where) {
    if (version == null || !VERSION.matcher(version).matches()) {
      throw new MigrationException("migration " + where + " has version '" + version + "': a version is digits in "
          + "parts separated by '_' or '.', such as 2026_12_02_001");
    }
    return version;
  }

  public static int compare(String a, String b) {
    String[] left = a.split("[._]");
    String[] right = b.split("[._]");
    for (int i = 0; i < Math.max(left.length, right.length); i++) {
      if (i >= left.length) {
        return -1;
      }
      if (i >= right.length) {
        return 1;
      }
      int part = new BigInteger(left[i]).compareTo(new BigInteger(right[i]));
      if (part != 0) {
        return part;
      }
    }
    return 0;
  }
}
