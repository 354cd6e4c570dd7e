package dev.coodie4j.internal.execution;

import java.util.Arrays;
import java.util.Objects;

/**
 * A statement's shape reduced to ints (columns, operators, kinds, flags) and at most one object, hashed once when it
 * is made: the key under which a compiler finds what it compiled. Building one per call costs one array; looking it
 * up hashes nothing again and compares ints.
 */
final class ShapeKey {
  private final int[] codes;
  private final Object extra;
  private final int hash;

  /**
   * @param codes the shape's parts in a fixed order, lengths before lists, so that different shapes differ
   * @param extra what ints cannot say (a target class, UDT field names), or null
   */
  ShapeKey(int[] codes, Object extra) {
    this.codes = codes;
    this.extra = extra;
    this.hash = 31 * Arrays.hashCode(codes) + Objects.hashCode(extra);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ShapeKey key && key.hash == hash && Arrays.equals(key.codes, codes)
        && Objects.equals(key.extra, extra);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return Arrays.toString(codes) + (extra == null ? "" : " " + extra);
  }
}
