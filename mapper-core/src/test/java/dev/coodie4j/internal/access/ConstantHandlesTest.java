package dev.coodie4j.internal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.spi.ColumnValues;
import dev.coodie4j.testing.FakeDriver;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstantHandlesTest {
  private static ColumnValues row(Object... values) {
    return new FakeDriver.ArrayValues(values);
  }

  private static MethodHandle firstColumn() throws ReflectiveOperationException {
    MethodHandle get = MethodHandles.lookup().findVirtual(ColumnValues.class, "get",
        MethodType.methodType(Object.class, int.class));
    return MethodHandles.insertArguments(get, 1, 0);
  }

  @Test
  void eachReaderIsAHiddenClassOfItsOwnThatAppliesItsHandle() throws Throwable {
    RowFunction first = ConstantHandles.reader(firstColumn());
    RowFunction second = ConstantHandles.reader(MethodHandles.dropArguments(
        MethodHandles.constant(Object.class, "fixed"), 0, ColumnValues.class));

    assertTrue(first.getClass().isHidden(), "the reader runs from a hidden class, not the field-held fallback");
    assertNotSame(first.getClass(), second.getClass());
    assertEquals("a", first.apply(row("a")));
    assertEquals("fixed", second.apply(row("a")));
  }

  @Test
  void aFailureInsideTheHandleReachesTheCaller() throws Throwable {
    RowFunction reader = ConstantHandles.reader(firstColumn());

    assertThrows(ArrayIndexOutOfBoundsException.class, () -> reader.apply(row()));
  }

  record Pair(String name, int count) {}

  @Test
  void aRecordReadsThroughItsReaderWithDefaultsForNullPrimitives() throws Throwable {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    List<Property> components = dev.coodie4j.internal.metadata.EntityIntrospector.recordProperties(Pair.class, lookup);
    RecordInstantiator<Pair> instantiator = RecordInstantiator.create(Pair.class, lookup, components, components);

    assertEquals(new Pair("x", 3), instantiator.read(row("x", 3)));
    assertEquals(new Pair(null, 0), instantiator.read(row(null, null)));
    assertEquals(new Pair(null, 7), instantiator.forColumns(new int[] {1}).read(row(7)));
  }

  // a driver's own rows, here arrays: read through its handles, never wrapped in a ColumnValues

  /** {@code (Object[])Object}: {@code value} whatever the row. */
  private static MethodHandle constant(Object value) {
    return MethodHandles.dropArguments(MethodHandles.constant(Object.class, value), 0, Object[].class);
  }

  /** {@code (Object[])Object}: element {@code index}. */
  private static MethodHandle element(int index) {
    return MethodHandles.insertArguments(MethodHandles.arrayElementGetter(Object[].class), 1, index);
  }

  private static boolean isNull(Object[] row, int index) {
    return row[index] == null;
  }

  /** {@code (Object[])boolean}: whether element {@code index} is null. */
  private static MethodHandle nullTest(int index) throws ReflectiveOperationException {
    return MethodHandles.insertArguments(MethodHandles.lookup().findStatic(ConstantHandlesTest.class, "isNull",
        MethodType.methodType(boolean.class, Object[].class, int.class)), 1, index);
  }

  private static MethodHandle[] nullTests(int count) throws ReflectiveOperationException {
    MethodHandle[] tests = new MethodHandle[count];
    for (int i = 0; i < count; i++) {
      tests[i] = nullTest(i);
    }
    return tests;
  }

  @Test
  void aDriversOwnRowsAreReadThroughItsHandlesAndNullPrimitivesReadAsTheirDefault() throws Throwable {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    List<Property> components = dev.coodie4j.internal.metadata.EntityIntrospector.recordProperties(Pair.class, lookup);
    RecordInstantiator<Pair> instantiator = RecordInstantiator.create(Pair.class, lookup, components, components);

    Instantiator<Pair> given = instantiator.forColumns(new int[] {1, 0},
        new MethodHandle[] {constant(null), constant("given")}, nullTests(2));
    assertEquals(new Pair("given", 0), given.read(new Object[] {"not read", 5}));
    Instantiator<Pair> count = instantiator.forColumns(new int[] {1}, new MethodHandle[] {constant(9)}, nullTests(1));
    assertEquals(new Pair(null, 9), count.read(new Object[1]));
    Instantiator<Pair> elements = instantiator.forColumns(new int[] {0, 1},
        new MethodHandle[] {element(0), element(1)}, nullTests(2));
    assertEquals(new Pair("e", 2), elements.read(new Object[] {"e", 2}));
  }

  /** A class entity: no-arg constructor and setters. */
  @dev.coodie4j.annotation.Table
  public static class Crate {
    @dev.coodie4j.annotation.PartitionKey private String id;
    private int count;

    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id;
    }

    public int getCount() {
      return count;
    }

    public void setCount(int count) {
      this.count = count;
    }
  }

  @Test
  void aClassEntityReadsThroughOneHandleWithOrWithoutGivenColumnReaders() throws Throwable {
    dev.coodie4j.internal.metadata.EntityMapping<Crate> mapping =
        dev.coodie4j.internal.metadata.EntityMapping.of(Crate.class);
    Crate read = mapping.instantiator().read(row("a", null));
    assertEquals(List.of("a", 0), List.of(read.getId(), read.getCount()));
    Crate given = mapping.reader(Object[].class, new int[] {1, 0}, new MethodHandle[] {constant(4), constant("b")},
        nullTests(2)).read(new Object[2]);
    assertEquals(List.of("b", 4), List.of(given.getId(), given.getCount()));
    assertThrows(dev.coodie4j.CoodieException.class,
        () -> mapping.reader(Object[].class, new int[] {0}, new MethodHandle[0], new MethodHandle[0]));
  }

  @Test
  void handlesThatDoNotTakeTheDriversRowTypeAreRefusedNamingThePropertyAndColumn() throws Throwable {
    dev.coodie4j.internal.metadata.EntityMapping<Crate> mapping =
        dev.coodie4j.internal.metadata.EntityMapping.of(Crate.class);
    dev.coodie4j.CoodieException refused = assertThrows(dev.coodie4j.CoodieException.class,
        () -> mapping.reader(Object[].class, new int[] {0}, new MethodHandle[] {firstColumn()}, nullTests(1)));
    assertTrue(refused.getMessage().startsWith("Crate.id: a driver gave handles of types (ColumnValues)Object and "
        + "(Object[])boolean for column \"id\"; both must take one java.lang.Object[]"), refused.getMessage());
  }

  /** A row whose primitive columns must be read through the typed getters: reading one boxed fails. */
  private record TypedOnly(Object... values) implements ColumnValues {
    @Override
    public boolean isNull(int index) {
      return values[index] == null;
    }

    @Override
    public Object get(int index) {
      if (values[index] instanceof Number || values[index] instanceof Boolean) {
        throw new AssertionError("column " + index + " was read boxed");
      }
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

  /** {@code (Object[])int}: element {@code index} unboxed, failing on a null element. */
  private static int strictInt(Object[] row, int index) {
    return (Integer) row[index];
  }

  private static MethodHandle strictInt(int index) throws ReflectiveOperationException {
    return MethodHandles.insertArguments(MethodHandles.lookup().findStatic(ConstantHandlesTest.class, "strictInt",
        MethodType.methodType(int.class, Object[].class, int.class)), 1, index);
  }

  @Test
  void aClassEntityReadsItsPrimitiveColumnsUnboxedAndTheirNullsAsDefaults() {
    dev.coodie4j.internal.metadata.EntityMapping<Crate> mapping =
        dev.coodie4j.internal.metadata.EntityMapping.of(Crate.class);
    Crate read = mapping.instantiator().read(new TypedOnly("a", 5));
    assertEquals(List.of("a", 5), List.of(read.getId(), read.getCount()));
    Crate nullCount = mapping.instantiator().read(new TypedOnly("a", null));
    assertEquals(List.of("a", 0), List.of(nullCount.getId(), nullCount.getCount()));
  }

  @Test
  void primitiveColumnReadersAreCalledOnlyForColumnsThatAreNotNull() throws Throwable {
    dev.coodie4j.internal.metadata.EntityMapping<Crate> crates =
        dev.coodie4j.internal.metadata.EntityMapping.of(Crate.class);
    dev.coodie4j.spi.EntityAccess.RowReader<Object[], Crate> crate = crates.reader(Object[].class, new int[] {0, 1},
        new MethodHandle[] {element(0), strictInt(1)}, nullTests(2));
    Crate six = crate.read(new Object[] {"a", 6});
    assertEquals(List.of("a", 6), List.of(six.getId(), six.getCount()));
    assertEquals(0, crate.read(new Object[] {"a", null}).getCount());

    MethodHandles.Lookup lookup = MethodHandles.lookup();
    List<Property> components = dev.coodie4j.internal.metadata.EntityIntrospector.recordProperties(Pair.class, lookup);
    Instantiator<Pair> pairs = RecordInstantiator.create(Pair.class, lookup, components, components)
        .forColumns(new int[] {1, 0}, new MethodHandle[] {strictInt(0), constant("p")}, nullTests(2));
    assertEquals(new Pair("p", 8), pairs.read(new Object[] {8, "x"}));
    assertEquals(new Pair("p", 0), pairs.read(new Object[] {null, "x"}));
  }

  @Test
  void aColumnReaderOfAnotherPrimitiveTypeIsRefusedNamingThePropertyAndColumn() throws Throwable {
    dev.coodie4j.internal.metadata.EntityMapping<Crate> mapping =
        dev.coodie4j.internal.metadata.EntityMapping.of(Crate.class);
    MethodHandle longReader = MethodHandles.dropArguments(MethodHandles.constant(long.class, 1L), 0,
        Object[].class);
    MethodHandle[] tests = nullTests(1);
    dev.coodie4j.CoodieException refused = assertThrows(dev.coodie4j.CoodieException.class,
        () -> mapping.reader(Object[].class, new int[] {1}, new MethodHandle[] {longReader}, tests));
    assertTrue(refused.getMessage().startsWith("Crate.count: a driver gave a reader of column \"count\" returning "
        + "long for a property of type int"), refused.getMessage());
  }
}
