package dev.coodie4j.migrations.internal;

import dev.coodie4j.migrations.MigrationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 checksums of migrations, in hex. */
public final class Checksums {
  private Checksums() {}

  /** Of a script's text, with line ends normalized so that a checkout's line-end setting changes nothing. */
  public static String ofText(String text) {
    return sha256(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Of a class's class file, as its class loader has it. */
  public static String ofClass(Class<?> type) {
    String resource = type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class";
    try (InputStream in = type.getResourceAsStream(resource)) {
      if (in == null) {
        throw new MigrationException("cannot read the class file of " + type.getName() + " to checksum it: override "
            + "Migration.checksum() with a constant");
      }
      return sha256(in.readAllBytes());
    } catch (IOException e) {
      throw new MigrationException("cannot read the class file of " + type.getName() + ": " + e.getMessage(), e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
