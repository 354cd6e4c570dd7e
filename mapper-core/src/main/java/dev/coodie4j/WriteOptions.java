package dev.coodie4j;

/**
 * Options of one write.
 *
 * <p>Null properties are left unset by default, so a save never writes a tombstone; {@link #writingNulls()} writes
 * them as nulls, deleting what the columns held.
 */
public final class WriteOptions {
  private static final WriteOptions DEFAULTS = new WriteOptions(NullHandling.MAPPER_DEFAULT);
  private static final WriteOptions WRITE_NULLS = new WriteOptions(NullHandling.WRITE);
  private static final WriteOptions SKIP_NULLS = new WriteOptions(NullHandling.LEAVE_UNSET);

  /** What a write does with null properties. */
  public enum NullHandling {
    /** Whatever the mapper was built with ({@code Mapper.Builder.writeNulls}); unset unless configured. */
    MAPPER_DEFAULT,
    /** Leave the column unset: its current value stays. */
    LEAVE_UNSET,
    /** Write null: the column's value is deleted (a tombstone). */
    WRITE
  }

  private final NullHandling nulls;

  private WriteOptions(NullHandling nulls) {
    this.nulls = nulls;
  }

  /** The mapper's defaults. */
  public static WriteOptions defaults() {
    return DEFAULTS;
  }

  /** Writes null properties as nulls, whatever the mapper's default. */
  public static WriteOptions writingNulls() {
    return WRITE_NULLS;
  }

  /** Leaves null properties unset, whatever the mapper's default. */
  public static WriteOptions skippingNulls() {
    return SKIP_NULLS;
  }

  public NullHandling nulls() {
    return nulls;
  }

  @Override
  public String toString() {
    return "WriteOptions[nulls=" + nulls + "]";
  }
}
