package dev.coodie4j.internal.execution;

import dev.coodie4j.CoodieException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Paging tokens: the server's paging state, authenticated with an HMAC-SHA256 over the statement's CQL, its bound
 * values and the paging state itself, so that a token resumes only the query that produced it and any changed
 * character is refused. Layout before Base64 (URL-safe, unpadded): a version byte, the paging state, 16 bytes of MAC.
 * Thread-safe.
 */
public final class PagingTokens {
  private static final byte VERSION = 1;
  private static final int MAC_BYTES = 16;
  private static final String ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;
  private final ThreadLocal<Mac> macs;

  /** Tokens signed with this key; at least 16 bytes. */
  public PagingTokens(byte[] key) {
    if (key == null || key.length < 16) {
      throw new CoodieException("a paging token key needs at least 16 bytes (32 random bytes recommended), got "
          + (key == null ? "null" : key.length + " bytes"));
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    this.macs = ThreadLocal.withInitial(this::newMac);
  }

  /** Tokens signed with a random key: valid only within this process and this mapper. */
  public static PagingTokens withRandomKey() {
    byte[] key = new byte[32];
    new java.security.SecureRandom().nextBytes(key);
    return new PagingTokens(key);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new CoodieException("the JVM offers no " + ALGORITHM + ", which paging tokens need", e);
    }
  }

  /** The token that resumes {@code cql} with {@code values} after a page whose paging state is {@code state}. */
  public String encode(String cql, List<?> values, byte[] state) {
    byte[] token = new byte[1 + state.length + MAC_BYTES];
    token[0] = VERSION;
    System.arraycopy(state, 0, token, 1, state.length);
    System.arraycopy(mac(cql, values, state), 0, token, 1 + state.length, MAC_BYTES);
    return ENCODER.encodeToString(token);
  }

  /**
   * The paging state in a token produced by {@link #encode} for the same statement and values with the same key.
   *
   * @param query names the query in the error message
   * @throws CoodieException if the token was not produced so; the message does not repeat the token
   */
  public byte[] decode(String token, String cql, List<?> values, String query) {
    byte[] bytes = null;
    try {
      bytes = DECODER.decode(token);
    } catch (IllegalArgumentException e) {
      // not Base64: refused below like any other token we did not produce
    }
    if (bytes == null || bytes.length < 2 + MAC_BYTES || bytes[0] != VERSION) {
      throw refused(token, query);
    }
    byte[] state = Arrays.copyOfRange(bytes, 1, bytes.length - MAC_BYTES);
    byte[] expected = Arrays.copyOf(mac(cql, values, state), MAC_BYTES);
    byte[] actual = Arrays.copyOfRange(bytes, bytes.length - MAC_BYTES, bytes.length);
    if (!MessageDigest.isEqual(expected, actual)) {
      throw refused(token, query);
    }
    return state;
  }

  private static CoodieException refused(String token, String query) {
    return new CoodieException(query + ": the paging token (" + token.length() + " characters) was not produced by "
        + "this query (same conditions and values, same paging token key), or was altered; start from the first page");
  }

  private byte[] mac(String cql, List<?> values, byte[] state) {
    Mac mac = macs.get();
    update(mac, cql.getBytes(StandardCharsets.UTF_8));
    update(mac, ByteBuffer.allocate(4).putInt(values.size()).array());
    for (Object value : values) {
      update(mac, text(value).getBytes(StandardCharsets.UTF_8));
    }
    update(mac, state);
    return mac.doFinal();
  }

  /** Each part length-prefixed, so that no two sequences of parts feed the MAC the same bytes. */
  private static void update(Mac mac, byte[] part) {
    mac.update(ByteBuffer.allocate(4).putInt(part.length).array());
    mac.update(part);
  }

  private static String text(Object value) {
    if (value instanceof byte[] bytes) {
      return "bytes:" + Arrays.toString(bytes);
    }
    if (value instanceof float[] floats) {
      return "floats:" + Arrays.toString(floats);
    }
    return value == null ? "null" : value.getClass().getName() + ':' + value;
  }
}
