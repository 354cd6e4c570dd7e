package dev.coodie4j.internal.access;

import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.schema.VectorType;
import dev.coodie4j.spi.Binding;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.Function;

/**
 * Reads one property and binds it by index, without boxing primitives. Built once per column. {@link #step} also
 * gives it as one handle with a statement's setter for its variable, which a statement writer inlines with the other
 * columns' steps, so neither the column's kind nor the variable's codec is a call site shared with other columns.
 */
public abstract class ColumnWriter {
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  /** Binds the property's value at {@code index}; false, binding nothing, when the value is null. */
  public abstract boolean write(Object entity, Binding binding, int index) throws Throwable;

  /** The getter, of type {@code (Object)Object} or {@code (Object)p} for a property of primitive type p. */
  final MethodHandle getter;

  ColumnWriter(MethodHandle getter) {
    this.getter = getter;
  }

  /** The type of value this writer sets: {@code Object.class} or the property's primitive type. */
  public final Class<?> valueType() {
    return getter.type().returnType();
  }

  /**
   * One binding step of a statement writer (see {@link ConstantHandles#writer}): a handle of type
   * {@code (Object entity, Binding)int} that reads the property and, when it is present, sets it through
   * {@code setter}, of type {@code (Binding, valueType())void}, and returns -1; when it is null (or, for a non-frozen
   * collection, empty) it returns what {@code onAbsent}, of type {@code (Binding)int}, does (see {@link #skip},
   * {@link #setNull} and {@link #refuse}). A checked exception out of the getter becomes {@code failure}'s.
   */
  public final MethodHandle step(MethodHandle setter, MethodHandle onAbsent,
      Function<Throwable, RuntimeException> failure) {
    MethodHandle set = setter.asType(MethodType.methodType(void.class, Binding.class, valueType()));
    MethodHandle read = this instanceof VectorWriter vector ? CHECKED.bindTo(vector) : getter;
    MethodHandle rethrow = MethodHandles.dropArguments(RETHROW.bindTo(failure), 1, Object.class)
        .asType(MethodType.methodType(read.type().returnType(), Throwable.class, Object.class));
    read = MethodHandles.catchException(read, Throwable.class, rethrow);
    if (valueType().isPrimitive()) { // never null: set(binding, read(entity)), then -1
      MethodHandle write = MethodHandles.permuteArguments(MethodHandles.filterArguments(set, 1, read),
          MethodType.methodType(void.class, Object.class, Binding.class), 1, 0);
      return MethodHandles.filterReturnValue(write, MethodHandles.constant(int.class, -1));
    }
    MethodHandle test = this instanceof CollectionWriter ? ABSENT : IS_NULL;
    return MethodHandles.insertArguments(WRITE_OBJECT, 0, read, test, set, onAbsent);
  }

  /** For {@link #step}: a missing value binds nothing. */
  public static MethodHandle skip() {
    return MethodHandles.dropArguments(MethodHandles.constant(int.class, -1), 0, Binding.class);
  }

  /** For {@link #step}: a missing value is written as null at {@code variable}, a tombstone asked for. */
  public static MethodHandle setNull(int variable) {
    return MethodHandles.filterReturnValue(MethodHandles.insertArguments(SET_NULL, 1, variable),
        MethodHandles.constant(int.class, -1));
  }

  /** For {@link #step}: a missing value stops the binding, which returns {@code column}. */
  public static MethodHandle refuse(int column) {
    return MethodHandles.dropArguments(MethodHandles.constant(int.class, column), 0, Binding.class);
  }

  /** A missing (null, or for a collection absent) value does what {@code onAbsent} does; any other is set. */
  private static int writeObject(MethodHandle read, MethodHandle absent, MethodHandle setter, MethodHandle onAbsent,
      Object entity, Binding binding) throws Throwable {
    Object value = (Object) read.invokeExact(entity);
    if ((boolean) absent.invokeExact(value)) {
      return (int) onAbsent.invokeExact(binding);
    }
    setter.invokeExact(binding, value);
    return -1;
  }

  /** What a getter threw: unchecked as it is, checked through the step's failure. */
  private static Object rethrow(Function<Throwable, RuntimeException> failure, Throwable thrown) throws Throwable {
    if (thrown instanceof RuntimeException || thrown instanceof Error) {
      throw thrown;
    }
    throw failure.apply(thrown);
  }

  private static boolean isNull(Object value) {
    return value == null;
  }

  private static final MethodHandle WRITE_OBJECT;
  private static final MethodHandle IS_NULL;
  private static final MethodHandle ABSENT;
  private static final MethodHandle CHECKED;
  private static final MethodHandle RETHROW;
  private static final MethodHandle SET_NULL;

  static {
    try {
      WRITE_OBJECT = LOOKUP.findStatic(ColumnWriter.class, "writeObject", MethodType.methodType(int.class,
          MethodHandle.class, MethodHandle.class, MethodHandle.class, MethodHandle.class, Object.class, Binding.class));
      IS_NULL = LOOKUP.findStatic(ColumnWriter.class, "isNull", MethodType.methodType(boolean.class, Object.class));
      ABSENT = LOOKUP.findStatic(CollectionWriter.class, "absent", MethodType.methodType(boolean.class, Object.class));
      CHECKED = LOOKUP.findVirtual(VectorWriter.class, "checked", MethodType.methodType(Object.class, Object.class));
      RETHROW = LOOKUP.findStatic(ColumnWriter.class, "rethrow", MethodType.methodType(Object.class, Function.class,
          Throwable.class));
      SET_NULL = LOOKUP.findVirtual(Binding.class, "setNull", MethodType.methodType(void.class, int.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** A writer over a getter of type {@code (Object)T}, T being the property's declared type. */
  public static ColumnWriter of(MethodHandle getter, ColumnModel column, Class<?> entityClass) {
    if (column.type() instanceof VectorType vector) {
      return new VectorWriter(getter.asType(MethodType.methodType(Object.class, Object.class)), vector.dimension(),
          entityClass.getSimpleName() + "." + column.property(), cosineIndexed(column));
    }
    return of(getter, column.isMultiCell());
  }

  static ColumnWriter of(MethodHandle getter, boolean emptyIsNull) {
    Class<?> type = getter.type().returnType();
    if (type == int.class) {
      return new IntWriter(getter);
    } else if (type == long.class) {
      return new LongWriter(getter);
    } else if (type == double.class) {
      return new DoubleWriter(getter);
    } else if (type == float.class) {
      return new FloatWriter(getter);
    } else if (type == boolean.class) {
      return new BooleanWriter(getter);
    }
    MethodHandle boxed = getter.asType(MethodType.methodType(Object.class, Object.class));
    return emptyIsNull ? new CollectionWriter(boxed) : new ObjectWriter(boxed);
  }

  /** Writes a vector after checking its dimension. */
  private static final class VectorWriter extends ColumnWriter {
    private final int dimension;
    private final String property;
    private final boolean cosine;

    VectorWriter(MethodHandle getter, int dimension, String property, boolean cosine) {
      super(getter);
      this.dimension = dimension;
      this.property = property;
      this.cosine = cosine;
    }

    @Override
    public boolean write(Object entity, Binding binding, int index) throws Throwable {
      Object value = checked(entity);
      if (value == null) {
        return false;
      }
      binding.set(index, value);
      return true;
    }

    /** The vector, checked, or null. */
    Object checked(Object entity) throws Throwable {
      Object value = (Object) getter.invokeExact(entity);
      if (value != null) {
        checkDimension(value, dimension, property);
        if (cosine) {
          checkNotZero(value, property);
        }
      }
      return value;
    }
  }

  /** Whether the vector column has an SAI index with COSINE similarity (SAI's default), under which zero is invalid. */
  public static boolean cosineIndexed(ColumnModel column) {
    return column.index().filter(index -> index.using() != null
            && (index.using().equalsIgnoreCase("sai") || index.using().endsWith("StorageAttachedIndex")))
        .map(index -> index.options().getOrDefault("similarity_function", "COSINE").equalsIgnoreCase("COSINE"))
        .orElse(false);
  }

  /** Refuses an all-zero vector, which has no direction: the server fails such a write or search with no reason. */
  public static void checkNotZero(Object value, String property) {
    if (value instanceof float[] array) {
      for (float f : array) {
        if (f != 0f) {
          return;
        }
      }
    } else {
      for (Object element : (java.util.List<?>) value) {
        if (element instanceof Number n && n.floatValue() != 0f) {
          return;
        }
      }
    }
    throw new dev.coodie4j.CoodieException(property + " is all zeros, which has no direction for its COSINE index: "
        + "Cassandra fails such a write or search; give a non-zero vector, or index it with "
        + "similarity_function=DOT_PRODUCT or EUCLIDEAN");
  }

  /** Refuses a vector value of the wrong length. */
  public static void checkDimension(Object value, int dimension, String property) {
    int length = value instanceof float[] array ? array.length : ((java.util.List<?>) value).size();
    if (length != dimension) {
      throw new dev.coodie4j.CoodieException(property + " is a vector of " + dimension + " floats, got " + length
          + ": give exactly " + dimension + " values");
    }
  }

  /**
   * Writes a non-frozen collection, treating an empty one as null: Cassandra stores an empty multi-cell collection as
   * no collection, and writing it would only write a tombstone.
   */
  private static final class CollectionWriter extends ColumnWriter {
    CollectionWriter(MethodHandle getter) {
      super(getter);
    }

    @Override
    public boolean write(Object entity, Binding binding, int index) throws Throwable {
      Object value = (Object) getter.invokeExact(entity);
      if (absent(value)) {
        return false;
      }
      binding.set(index, value);
      return true;
    }

    static boolean absent(Object value) {
      return value == null || value instanceof java.util.Collection<?> c && c.isEmpty()
          || value instanceof java.util.Map<?, ?> m && m.isEmpty();
    }
  }

  private static final class ObjectWriter extends ColumnWriter {
    ObjectWriter(MethodHandle getter) {
      super(getter);
    }

    @Override
    public boolean write(Object entity, Binding binding, int index) throws Throwable {
      Object value = (Object) getter.invokeExact(entity);
      if (value == null) {
        return false;
      }
      binding.set(index, value);
      return true;
    }
  }

  private static final class IntWriter extends ColumnWriter {
    IntWriter(MethodHandle getter) {
      super(getter);
    }

    @Override
    public boolean write(Object entity, Binding binding, int index) throws Throwable {
      binding.setInt(index, (int) getter.invokeExact(entity));
      return true;
    }
  }

  private static final class LongWriter extends ColumnWriter {
    LongWriter(MethodHandle getter) {
      super(getter);
    }

    @Override
    public boolean write(Object entity, Binding binding, int index) throws Throwable {
      binding.setLong(index, (long) getter.invokeExact(entity));
      return true;
    }
  }

  private static final class DoubleWriter extends ColumnWriter {
    DoubleWriter(MethodHandle getter) {
      super(getter);
    }

    @Override
    public boolean write(Object entity, Binding binding, int index) throws Throwable {
      binding.setDouble(index, (double) getter.invokeExact(entity));
      return true;
    }
  }

  private static final class FloatWriter extends ColumnWriter {
    FloatWriter(MethodHandle getter) {
      super(getter);
    }

    @Override
    public boolean write(Object entity, Binding binding, int index) throws Throwable {
      binding.setFloat(index, (float) getter.invokeExact(entity));
      return true;
    }
  }

  private static final class BooleanWriter extends ColumnWriter {
    BooleanWriter(MethodHandle getter) {
      super(getter);
    }

    @Override
    public boolean write(Object entity, Binding binding, int index) throws Throwable {
      binding.setBoolean(index, (boolean) getter.invokeExact(entity));
      return true;
    }
  }
}
