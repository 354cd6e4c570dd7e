package dev.coodie4j.internal.check;

import dev.coodie4j.CoodieException;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.schema.ScalarType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Cassandra stores a partition key value with a two-byte length: a text or blob key of more than 65,535 bytes is
 * refused here, naming the column, instead of by the server. Values that cannot reach the limit cost a type check.
 */
public final class KeySizes {
  static final int MAX_BYTES = 65_535;

  private KeySizes() {}

  /** Whether a partition key column can hold a value over the limit (text, ascii or blob). */
  public static boolean sized(ColumnModel column) {
    return column.type() == ScalarType.TEXT || column.type() == ScalarType.ASCII || column.type() == ScalarType.BLOB;
  }

  public static void check(EntityModel<?> model, ColumnModel column, Object value) {
    int bytes;
    if (value instanceof String text) {
      // a char is at most 3 bytes in UTF-8: shorter strings need no encoding
      bytes = text.length() <= MAX_BYTES / 3 ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    } else if (value instanceof ByteBuffer buffer) {
      bytes = buffer.remaining();
    } else if (value instanceof byte[] array) {
      bytes = array.length;
    } else {
      return;
    }
    if (bytes > MAX_BYTES) {
      throw new CoodieException(model.entityClass().getSimpleName() + ": partition key column \"" + column.name()
          + "\" of table " + model.table() + " would hold " + bytes + " bytes, over Cassandra's limit of "
          + MAX_BYTES + " for a partition key; key the rows by something shorter, such as a hash of the value");
    }
  }
}
