package dev.coodie4j.driver.datastax;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodecs;
import java.nio.ByteBuffer;

/**
 * {@code text} values as the driver's {@link TypeCodecs#TEXT} reads and writes them, with fewer copies: a value is
 * decoded from its array straight into a String, and a String is encoded with {@link String#getBytes}, where the
 * codec goes through a CharBuffer and a CharsetDecoder or CharsetEncoder. The JDK replaces what it cannot convert
 * where the codec refuses it, so a result that could hold such a replacement (a decoded U+FFFD; an encoding with a
 * {@code '?'} or a byte count other than the string's length) is left to the codec: the values, and the failures, are
 * the codec's own.
 */
final class Utf8Text {
  @SuppressWarnings("unchecked")
  private static final TypeCodec<Object> CODEC = (TypeCodec<Object>) (TypeCodec<?>) TypeCodecs.TEXT;

  private Utf8Text() {}

  /** The text a value holds, as {@code TypeCodecs.TEXT.decode} gives it. */
  static String decode(ByteBuffer bytes, ProtocolVersion protocol) {
    if (bytes != null && bytes.hasArray()) {
      String text = new String(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining(), UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return text;
      }
    }
    return TypeCodecs.TEXT.decode(bytes, protocol);
  }

  /** A value's bytes, as {@code TypeCodecs.TEXT.encode} gives them; a value that is not a String fails as there. */
  static ByteBuffer encode(Object value, ProtocolVersion protocol) {
    if (value instanceof String text) {
      byte[] bytes = text.getBytes(UTF_8);
      if (bytes.length == text.length() && isOneByteEach(bytes)) {
        return ByteBuffer.wrap(bytes);
      }
    }
    return CODEC.encode(value, protocol);
  }

  /** A value encoded with {@code codec}, through {@link #encode(Object, ProtocolVersion)} when it is the TEXT codec. */
  static ByteBuffer encode(TypeCodec<Object> codec, Object value, ProtocolVersion protocol) {
    return codec == CODEC ? encode(value, protocol) : codec.encode(value, protocol);
  }

  /** A value decoded with {@code codec}, through {@link #decode(ByteBuffer, ProtocolVersion)} when it is TEXT. */
  static Object decode(TypeCodec<Object> codec, ByteBuffer bytes, ProtocolVersion protocol) {
    return codec == CODEC ? decode(bytes, protocol) : codec.decode(bytes, protocol);
  }

  /**
   * Whether bytes of the same count as the string's characters came one from each: with no {@code '?'}, which stands
   * for a lone surrogate the JDK could not encode, every character was ASCII.
   */
  private static boolean isOneByteEach(byte[] bytes) {
    for (byte b : bytes) {
      if (b == '?') {
        return false;
      }
    }
    return true;
  }
}
