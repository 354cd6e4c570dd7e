package dev.coodie4j.internal.access;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Turns a reader's {@code (ColumnValues)Object} handle into a {@link RowFunction} the JIT compiles as one method.
 *
 * <p>A handle held in a field is opaque to the JIT: each level of a combined handle is compiled and called on its
 * own, with a real call per column. Here each reader gets a hidden class of its own (made from {@link ConstantReader}'s
 * bytes) that holds the handle as a static final constant, so its {@code apply} inlines the whole handle and
 * profiles the row types it sees for that reader alone. Where hidden classes cannot be defined (a native image), the
 * reader calls the handle from a field instead: the same result, slower.
 */
final class ConstantReaders {
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
  private static final MethodType CONSTRUCTOR = MethodType.methodType(void.class);
  private static final System.Logger LOG = System.getLogger("dev.coodie4j.mapping");
  private static final byte[] TEMPLATE = template();

  private ConstantReaders() {}

  /** The handle, of type {@code (ColumnValues)Object}, as a function compiled on its own. */
  static RowFunction of(MethodHandle reader) {
    if (TEMPLATE != null) {
      try {
        MethodHandles.Lookup defined = LOOKUP.defineHiddenClassWithClassData(TEMPLATE, reader, true);
        return (RowFunction) defined.findConstructor(defined.lookupClass(), CONSTRUCTOR).invoke();
      } catch (Throwable e) {
        LOG.log(System.Logger.Level.DEBUG, "reading rows through method handles held in fields: " + e);
      }
    }
    return row -> (Object) reader.invokeExact(row);
  }

  private static byte[] template() {
    try (InputStream in = ConstantReaders.class.getResourceAsStream("ConstantReader.class")) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, "reading rows through method handles held in fields: " + e);
      return null;
    }
  }
}
