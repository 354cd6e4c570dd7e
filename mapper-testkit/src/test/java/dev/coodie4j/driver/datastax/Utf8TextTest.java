package dev.coodie4j.driver.datastax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.type.codec.TypeCodecs;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Utf8Text gives what the driver's TEXT codec gives, values and failures, for every kind of buffer and string. */
class Utf8TextTest {
  private static final ProtocolVersion V5 = ProtocolVersion.V5;
  private static final List<String> TEXTS = List.of("", "plain", "what?", "?", "\uFFFD", "a\uFFFDb", "caf\u00E9",
      "\u6771\u4EAC", "\uD83D\uDE80 launch", "x".repeat(10_000));

  @Test
  void encodesEveryStringToTheCodecsBytes() {
    for (String text : TEXTS) {
      assertEquals(TypeCodecs.TEXT.encode(text, V5), Utf8Text.encode(text, V5), text);
    }
    assertNull(Utf8Text.encode(null, V5));
  }

  @Test
  void decodesHeapSlicedReadOnlyAndDirectBuffersAsTheCodecDoes() {
    for (String text : TEXTS) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      byte[] padded = new byte[bytes.length + 7];
      System.arraycopy(bytes, 0, padded, 3, bytes.length);
      ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
      for (ByteBuffer buffer : List.of(ByteBuffer.wrap(bytes), ByteBuffer.wrap(padded, 3, bytes.length),
          ByteBuffer.wrap(padded, 3, bytes.length).slice(), ByteBuffer.wrap(bytes).asReadOnlyBuffer(), direct)) {
        int position = buffer.position();
        assertEquals(TypeCodecs.TEXT.decode(buffer, V5), Utf8Text.decode(buffer, V5), text);
        assertEquals(position, buffer.position(), "the buffer is left as it was");
      }
    }
    assertNull(Utf8Text.decode(null, V5));
  }

  @Test
  void malformedBytesAndLoneSurrogatesFailAsTheCodecFails() {
    for (byte[] malformed : List.of(new byte[] {(byte) 0xC3}, new byte[] {'a', (byte) 0xFF, 'b'},
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})) {
      IllegalArgumentException codec = assertThrows(IllegalArgumentException.class,
          () -> TypeCodecs.TEXT.decode(ByteBuffer.wrap(malformed), V5));
      IllegalArgumentException ours = assertThrows(IllegalArgumentException.class,
          () -> Utf8Text.decode(ByteBuffer.wrap(malformed), V5));
      assertEquals(codec.getMessage(), ours.getMessage());
    }
    for (String lone : List.of("\uD800", "a\uD800b", "\uDC00?", "caf\u00E9\uD800")) {
      assertThrows(IllegalArgumentException.class, () -> TypeCodecs.TEXT.encode(lone, V5), "the codec refuses it");
      assertThrows(IllegalArgumentException.class, () -> Utf8Text.encode(lone, V5), lone);
    }
    assertThrows(ClassCastException.class, () -> Utf8Text.encode(42, V5), "not a String: as the codec fails");
  }
}
