package dev.coodie4j.internal.access;

import dev.coodie4j.CoodieException;
import dev.coodie4j.spi.Binding;
import dev.coodie4j.spi.EntityAccess;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the handles of a reader or of a statement's writer into an object the JIT compiles as one method.
 *
 * <p>A handle held in a field is opaque to the JIT: each level of a combined handle is compiled and called on its
 * own, with a real call per column, and shared helpers it passes through get one profile for every entity. Here each
 * reader or writer gets a hidden class of its own, made from a template's bytes ({@link ConstantReader},
 * {@link ConstantWriter}), that holds its handles as static final constants: its one method inlines them whole, codec
 * calls included, and profiles the types it sees for that reader or writer alone. Where hidden classes cannot be
 * defined (a native image), the handles are called from fields instead: the same result, slower.
 */
public final class ConstantHandles {
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
  private static final MethodType CONSTRUCTOR = MethodType.methodType(void.class);
  private static final System.Logger LOG = System.getLogger("dev.coodie4j.mapping");
  private static final byte[] READER = template("ConstantReader.class");
  private static final byte[] WRITER = template("ConstantWriter.class");
  /** The binding steps one writer class holds; a longer statement chains classes through the last one. */
  static final int WRITER_SLOTS = 16;
  private static final MethodHandle NOTHING_UNBOUND =
      MethodHandles.dropArguments(MethodHandles.constant(int.class, -1), 0, Object.class, Binding.class);
  private static final MethodHandle WRITE;

  static {
    try {
      WRITE = LOOKUP.findVirtual(EntityAccess.EntityWriter.class, "write",
          MethodType.methodType(int.class, Object.class, Binding.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private ConstantHandles() {}

  /** The handle, of type {@code (R)Object} for the row type R it reads, as a function compiled on its own. */
  static RowFunction reader(MethodHandle reader) {
    MethodHandle anyRow = reader.asType(MethodType.methodType(Object.class, Object.class));
    Object defined = define(READER, anyRow);
    if (defined != null) {
      return (RowFunction) defined;
    }
    return row -> (Object) anyRow.invokeExact(row);
  }

  /**
   * The steps, each of type {@code (Object entity, Binding)int} returning -1 or a column whose value is missing, run in
   * order until one returns a column: one statement's whole binding, compiled on its own.
   */
  @SuppressWarnings("unchecked")
  public static <T> EntityAccess.EntityWriter<T> writer(List<MethodHandle> steps) {
    List<MethodHandle> slots = new ArrayList<>(steps.subList(0, Math.min(steps.size(), WRITER_SLOTS)));
    if (steps.size() > WRITER_SLOTS) { // the last slot writes the rest, through a class of their own
      EntityAccess.EntityWriter<Object> rest = writer(steps.subList(WRITER_SLOTS - 1, steps.size()));
      slots.set(WRITER_SLOTS - 1, WRITE.bindTo(rest));
    }
    while (slots.size() < WRITER_SLOTS) {
      slots.add(NOTHING_UNBOUND);
    }
    Object defined = define(WRITER, List.copyOf(slots));
    if (defined != null) {
      return (EntityAccess.EntityWriter<T>) defined;
    }
    MethodHandle[] held = steps.toArray(MethodHandle[]::new);
    return (entity, binding) -> {
      try {
        for (MethodHandle step : held) {
          int missing = (int) step.invokeExact((Object) entity, binding);
          if (missing >= 0) {
            return missing;
          }
        }
        return -1;
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw stepFailure(e);
      }
    };
  }

  /**
   * A checked exception out of a binding step. Getters' are caught with the column named before they get here (see
   * {@link ColumnWriter#step}), so this is a driver's setter breaking its contract.
   */
  static CoodieException stepFailure(Throwable failure) {
    return new CoodieException("binding a statement's variable threw " + failure
        + ": a driver's setter must throw unchecked exceptions only", failure);
  }

  /** An instance of a hidden class made from the template with this class data; null if none can be defined. */
  private static Object define(byte[] template, Object classData) {
    if (template != null) {
      try {
        MethodHandles.Lookup defined = LOOKUP.defineHiddenClassWithClassData(template, classData, true);
        return defined.findConstructor(defined.lookupClass(), CONSTRUCTOR).invoke();
      } catch (Throwable e) {
        LOG.log(System.Logger.Level.DEBUG, "calling method handles held in fields: " + e);
      }
    }
    return null;
  }

  private static byte[] template(String name) {
    try (InputStream in = ConstantHandles.class.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, "calling method handles held in fields: " + e);
      return null;
    }
  }
}
