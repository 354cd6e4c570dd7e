package dev.coodie4j.internal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.spi.ColumnValues;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstantReadersTest {
  /** A row of fixed values, for reading without a server. */
  private record FixedRow(Object... values) implements ColumnValues {
    @Override
    public boolean isNull(int index) {
      return values[index] == null;
    }

    @Override
    public Object get(int index) {
      return values[index];
    }

    @Override
    public int getInt(int index) {
      return (Integer) values[index];
    }

    @Override
    public long getLong(int index) {
      return (Long) values[index];
    }

    @Override
    public double getDouble(int index) {
      return (Double) values[index];
    }

    @Override
    public float getFloat(int index) {
      return (Float) values[index];
    }

    @Override
    public boolean getBoolean(int index) {
      return (Boolean) values[index];
    }
  }

  private static MethodHandle firstColumn() throws ReflectiveOperationException {
    MethodHandle get = MethodHandles.lookup().findVirtual(ColumnValues.class, "get",
        MethodType.methodType(Object.class, int.class));
    return MethodHandles.insertArguments(get, 1, 0);
  }

  @Test
  void eachReaderIsAHiddenClassOfItsOwnThatAppliesItsHandle() throws Throwable {
    RowFunction first = ConstantReaders.of(firstColumn());
    RowFunction second = ConstantReaders.of(MethodHandles.dropArguments(
        MethodHandles.constant(Object.class, "fixed"), 0, ColumnValues.class));

    assertTrue(first.getClass().isHidden(), "the reader runs from a hidden class, not the field-held fallback");
    assertNotSame(first.getClass(), second.getClass());
    assertEquals("a", first.apply(new FixedRow("a")));
    assertEquals("fixed", second.apply(new FixedRow("a")));
  }

  @Test
  void aFailureInsideTheHandleReachesTheCaller() throws Throwable {
    RowFunction reader = ConstantReaders.of(firstColumn());

    assertThrows(ArrayIndexOutOfBoundsException.class, () -> reader.apply(new FixedRow()));
  }

  record Pair(String name, int count) {}

  @Test
  void aRecordReadsThroughItsReaderWithDefaultsForNullPrimitives() throws Throwable {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    List<Property> components = dev.coodie4j.internal.metadata.EntityIntrospector.recordProperties(Pair.class, lookup);
    RecordInstantiator<Pair> instantiator = RecordInstantiator.create(Pair.class, lookup, components, components);

    assertEquals(new Pair("x", 3), instantiator.read(new FixedRow("x", 3)));
    assertEquals(new Pair(null, 0), instantiator.read(new FixedRow(null, null)));
    assertEquals(new Pair(null, 7), instantiator.forColumns(new int[] {1}).read(new FixedRow(7)));
  }
}
