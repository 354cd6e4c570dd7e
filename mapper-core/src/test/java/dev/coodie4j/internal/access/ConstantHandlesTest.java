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

  private static MethodHandle constant(Object value) {
    return MethodHandles.dropArguments(MethodHandles.constant(Object.class, value), 0, ColumnValues.class);
  }

  @Test
  void givenColumnReadersReplaceColumnValuesAndNullPrimitivesReadAsTheirDefault() throws Throwable {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    List<Property> components = dev.coodie4j.internal.metadata.EntityIntrospector.recordProperties(Pair.class, lookup);
    RecordInstantiator<Pair> instantiator = RecordInstantiator.create(Pair.class, lookup, components, components);

    Instantiator<Pair> given = instantiator.forColumns(new int[] {1, 0},
        new MethodHandle[] {constant(null), constant("given")});
    assertEquals(new Pair("given", 0), given.read(row("not read", 5)));
    Instantiator<Pair> count = instantiator.forColumns(new int[] {1}, new MethodHandle[] {constant(9)});
    assertEquals(new Pair(null, 9), count.read(row()));
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
  void aClassEntityReadsThroughOneHandleWithOrWithoutGivenColumnReaders() {
    dev.coodie4j.internal.metadata.EntityMapping<Crate> mapping =
        dev.coodie4j.internal.metadata.EntityMapping.of(Crate.class);
    Crate read = mapping.instantiator().read(row("a", null));
    assertEquals(List.of("a", 0), List.of(read.getId(), read.getCount()));
    Crate given = mapping.reader(new int[] {1, 0}, new MethodHandle[] {constant(4), constant("b")}).read(row());
    assertEquals(List.of("b", 4), List.of(given.getId(), given.getCount()));
    assertThrows(dev.coodie4j.CoodieException.class, () -> mapping.reader(new int[] {0}, new MethodHandle[0]));
  }
}
