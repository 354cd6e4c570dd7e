package dev.coodie4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.spi.Binding;
import dev.coodie4j.spi.ConvertedType;
import dev.coodie4j.spi.ExecutionOptions;
import dev.coodie4j.spi.ResultPage;
import dev.coodie4j.spi.StatementSpec;
import dev.coodie4j.spi.TupleRecord;
import dev.coodie4j.spi.UdtRecord;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixture's own checks, since every unit and property test relies on them to spot a mismatched binding. */
class FakeDriverTest {
  record Money(BigDecimal amount) {}

  record Point(double x, double y) {}

  private static final ConvertedType MONEY = new ConvertedType(Money.class, BigDecimal.class, Money.class,
      value -> ((Money) value).amount(), value -> new Money((BigDecimal) value));
  private static final TupleRecord POINT = new TupleRecord(Point.class, List.of(double.class, double.class),
      values -> new Point((Double) values[0], (Double) values[1]),
      value -> new Object[] {((Point) value).x(), ((Point) value).y()});

  private final FakeDriver driver = new FakeDriver();

  private Binding bind(String cql, Type... types) {
    return driver.prepare(new StatementSpec(cql, List.of(types), List.of(), true)).toCompletableFuture().join().bind();
  }

  private static ParameterizedType listOf(Type element) {
    return new ParameterizedType(List.class, element);
  }

  private record ParameterizedType(Class<?> raw, Type argument) implements java.lang.reflect.ParameterizedType {
    @Override
    public Type[] getActualTypeArguments() {
      return new Type[] {argument};
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public Type getOwnerType() {
      return null;
    }
  }

  @Test
  void recordsUnsetNullAndValuesWithTheirSetter() {
    Binding binding = bind("INSERT INTO t (a,b,c) VALUES (?,?,?)", String.class, int.class, String.class);
    binding.setInt(1, 7);
    binding.setNull(2);
    binding.execute(ExecutionOptions.DEFAULTS);
    FakeDriver.Execution run = driver.onlyExecution();
    assertTrue(run.isUnset(0));
    assertEquals(new FakeDriver.Bound.Value(7, "setInt"), run.values().get(1));
    assertTrue(run.isNull(2));
    assertEquals(List.of(), driver.violations());
  }

  @Test
  void flagsAValueOfAnotherClassThanTheVariable() {
    Binding binding = bind("SELECT * FROM t WHERE a = ?", Integer.class);
    binding.set(0, "seven");
    assertEquals(1, driver.violations().size());
  }

  @Test
  void flagsAPrimitiveSetterOnAVariableOfAnotherType() {
    bind("SELECT * FROM t WHERE a = ?", long.class).setInt(0, 1);
    assertEquals(1, driver.violations().size());
  }

  @Test
  void checksTheElementsOfAParameterizedType() {
    bind("SELECT * FROM t WHERE a IN ?", listOf(Integer.class)).set(0, List.of(1, 2));
    assertEquals(List.of(), driver.violations());
    bind("SELECT * FROM t WHERE a IN ?", listOf(Integer.class)).set(0, List.of(1, "2"));
    assertEquals(1, driver.violations().size());
  }

  @Test
  void aConvertedTypeTakesThePropertyTypeAndStoresTheColumnType() {
    bind("INSERT INTO t (a) VALUES (?)", MONEY).set(0, new Money(BigDecimal.ONE));
    assertEquals(List.of(), driver.violations());
    bind("INSERT INTO t (a) VALUES (?)", MONEY).set(0, BigDecimal.ONE);
    assertEquals(1, driver.violations().size());
  }

  @Test
  void aTupleTakesItsRecordAndChecksItsComponents() {
    bind("INSERT INTO t (a) VALUES (?)", POINT).set(0, new Point(1, 2));
    assertEquals(List.of(), driver.violations());
    bind("INSERT INTO t (a) VALUES (?)", POINT).set(0, List.of(1.0, 2.0));
    assertEquals(1, driver.violations().size());
  }

  @Test
  void aUserTypeChecksEachField() {
    UdtRecord udt = new UdtRecord(Point.class, List.of("x", "y"), List.of(double.class, String.class),
        values -> null, value -> new Object[] {((Point) value).x(), ((Point) value).y()}, List.of(), null);
    bind("INSERT INTO t (a) VALUES (?)", udt).set(0, new Point(1, 2));
    assertEquals(1, driver.violations().size(), "field y is declared a String");
  }

  @Test
  void flagsTypesNoDriverCodecServesAtEveryUse() {
    bind("SELECT * FROM t WHERE a IN ?", listOf(Money.class)).set(0, List.of(new Money(BigDecimal.ONE)));
    assertFalse(driver.violations().isEmpty());
    driver.reset();
    bind("SELECT * FROM t WHERE a IN ?", listOf(Money.class)).execute(ExecutionOptions.DEFAULTS);
    assertFalse(driver.violations().isEmpty(), "reported again after a reset");
  }

  @Test
  void acceptsEveryTypeWithACodec() {
    bind("INSERT INTO t (a,b,c,d) VALUES (?,?,?,?)", listOf(MONEY), listOf(POINT), byte[].class, float[].class);
    assertEquals(List.of(), driver.violations());
  }

  @Test
  void countsMarkersOutsideLiteralsAndQuotedNames() {
    assertEquals(1, FakeDriver.countMarkers("SELECT \"a?\" FROM t WHERE b = '?''?' AND c = ?"));
    bind("SELECT * FROM t WHERE a = ? AND b = ?", String.class);
    assertTrue(driver.violations().stream().allMatch(v -> v.contains("2 markers but 1 variable types")),
        () -> driver.violations().toString());
    assertFalse(driver.violations().isEmpty());
  }

  @Test
  void scriptedPagesAreReturnedInOrderWithTheirPagingState() {
    driver.thenReturn(FakeDriver.Page.of(FakeDriver.Row.of("a", 1)).withPagingState(new byte[] {9}),
        FakeDriver.Page.of(FakeDriver.Row.of("a", 2)));
    ResultPage first = bind("SELECT a FROM t", new Type[0]).execute(ExecutionOptions.DEFAULTS)
        .toCompletableFuture().join();
    assertTrue(first.nextRow());
    assertEquals(1, first.getInt(0));
    assertFalse(first.nextRow());
    assertTrue(first.hasMorePages());
    ResultPage second = first.nextPage().toCompletableFuture().join();
    assertTrue(second.nextRow());
    assertEquals(2, second.get(0));
    assertFalse(second.hasMorePages());
    assertEquals(List.of(9), driver.pagesFetched().stream().map(b -> (int) b[0]).toList());
  }
}
