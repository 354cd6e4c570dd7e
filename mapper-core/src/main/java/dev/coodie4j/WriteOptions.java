package dev.coodie4j;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Options of one write: null handling, TTL, write timestamp, consistency, serial consistency and timeout. Immutable;
 * each {@code with...} returns a copy.
 *
 * <p>Null properties are left unset by default, so a save never writes a tombstone; {@link #writingNulls()} writes
 * them as nulls, deleting what the columns held. An option the operation cannot honour (a TTL on a delete, a write
 * timestamp or a missing serial consistency on a conditional write...) fails the call before anything is sent.
 */
public final class WriteOptions {
  /** The longest TTL Cassandra accepts: 20 years. */
  public static final int MAX_TTL_SECONDS = 630_720_000;

  private static final WriteOptions DEFAULTS = new WriteOptions(NullHandling.MAPPER_DEFAULT, null, null, null, null, null);

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
  private final Integer ttlSeconds;
  private final Long timestampMicros;
  private final Consistency consistency;
  private final Consistency serialConsistency;
  private final Duration timeout;

  private WriteOptions(NullHandling nulls, Integer ttlSeconds, Long timestampMicros, Consistency consistency,
      Consistency serialConsistency, Duration timeout) {
    this.nulls = nulls;
    this.ttlSeconds = ttlSeconds;
    this.timestampMicros = timestampMicros;
    this.consistency = consistency;
    this.serialConsistency = serialConsistency;
    this.timeout = timeout;
  }

  /** The mapper's and the session's defaults. */
  public static WriteOptions defaults() {
    return DEFAULTS;
  }

  /** Writes null properties as nulls, whatever the mapper's default. */
  public static WriteOptions writingNulls() {
    return DEFAULTS.withNulls(NullHandling.WRITE);
  }

  /** Leaves null properties unset, whatever the mapper's default. */
  public static WriteOptions skippingNulls() {
    return DEFAULTS.withNulls(NullHandling.LEAVE_UNSET);
  }

  public WriteOptions withNulls(NullHandling nulls) {
    if (nulls == null) {
      throw new CoodieException("null handling must not be null: use NullHandling.MAPPER_DEFAULT");
    }
    return new WriteOptions(nulls, ttlSeconds, timestampMicros, consistency, serialConsistency, timeout);
  }

  /** Expires the written values after this time (whole seconds, 0 for none, at most 20 years). */
  public WriteOptions withTtl(Duration ttl) {
    if (ttl == null || ttl.isNegative() || ttl.getNano() != 0 || ttl.getSeconds() > MAX_TTL_SECONDS) {
      throw new CoodieException("TTL " + ttl + " is not allowed: give whole seconds between 0 and "
          + MAX_TTL_SECONDS + " (20 years)");
    }
    return new WriteOptions(nulls, (int) ttl.getSeconds(), timestampMicros, consistency, serialConsistency, timeout);
  }

  /** Writes with this timestamp (microsecond precision) instead of the coordinator's clock. */
  public WriteOptions withTimestamp(Instant timestamp) {
    if (timestamp == null) {
      throw new CoodieException("the write timestamp must not be null");
    }
    return withTimestampMicros(ChronoUnit.MICROS.between(Instant.EPOCH, timestamp));
  }

  /** Writes with this timestamp, in microseconds since the epoch. */
  public WriteOptions withTimestampMicros(long timestampMicros) {
    return new WriteOptions(nulls, ttlSeconds, timestampMicros, consistency, serialConsistency, timeout);
  }

  /** The consistency level of the write; a serial level is refused here, see {@link #withSerialConsistency}. */
  public WriteOptions withConsistency(Consistency consistency) {
    if (consistency == null || consistency.isSerial()) {
      throw new CoodieException("consistency " + consistency + " cannot be used for a write: use a non-serial level, "
          + "and withSerialConsistency for the Paxos phase of a conditional write");
    }
    return new WriteOptions(nulls, ttlSeconds, timestampMicros, consistency, serialConsistency, timeout);
  }

  /** The serial consistency (SERIAL or LOCAL_SERIAL) of a conditional write; refused on other writes. */
  public WriteOptions withSerialConsistency(Consistency serialConsistency) {
    if (serialConsistency == null || !serialConsistency.isSerial()) {
      throw new CoodieException("serial consistency must be SERIAL or LOCAL_SERIAL, got " + serialConsistency);
    }
    return new WriteOptions(nulls, ttlSeconds, timestampMicros, consistency, serialConsistency, timeout);
  }

  /** The request timeout of this write. */
  public WriteOptions withTimeout(Duration timeout) {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new CoodieException("timeout " + timeout + " must be positive");
    }
    return new WriteOptions(nulls, ttlSeconds, timestampMicros, consistency, serialConsistency, timeout);
  }

  public NullHandling nulls() {
    return nulls;
  }

  public OptionalInt ttlSeconds() {
    return ttlSeconds == null ? OptionalInt.empty() : OptionalInt.of(ttlSeconds);
  }

  public OptionalLong timestampMicros() {
    return timestampMicros == null ? OptionalLong.empty() : OptionalLong.of(timestampMicros);
  }

  public Optional<Consistency> consistency() {
    return Optional.ofNullable(consistency);
  }

  public Optional<Consistency> serialConsistency() {
    return Optional.ofNullable(serialConsistency);
  }

  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  @Override
  public String toString() {
    return "WriteOptions[nulls=" + nulls + ", ttlSeconds=" + ttlSeconds + ", timestampMicros=" + timestampMicros
        + ", consistency=" + consistency + ", serialConsistency=" + serialConsistency + ", timeout=" + timeout + "]";
  }
}
