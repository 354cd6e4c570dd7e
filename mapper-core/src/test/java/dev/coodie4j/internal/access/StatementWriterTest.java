package dev.coodie4j.internal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.spi.EntityAccess;
import dev.coodie4j.spi.PreparedCql;
import dev.coodie4j.spi.StatementSpec;
import dev.coodie4j.testing.FakeDriver;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A statement's writer: one hidden class per statement, chained through further classes past
 * {@value ConstantHandles#WRITER_SLOTS} columns, binding what each property holds, refusing a null key and naming
 * the property whose accessor fails.
 */
class StatementWriterTest {
  /** 40 columns: more than two writer classes' worth, so the binding runs through a chain of three. */
  @Table(keyspace = "ks")
  public record Wide(@PartitionKey int id, @ClusteringKey String part, List<String> l2, String s3, int n4, List<String> l5, String s6, int n7, List<String> l8, String s9, int n10, List<String> l11, String s12, int n13, List<String> l14, String s15, int n16, List<String> l17, String s18, int n19, List<String> l20, String s21, int n22, List<String> l23, String s24, int n25, List<String> l26, String s27, int n28, List<String> l29, String s30, int n31, List<String> l32, String s33, int n34, List<String> l35, String s36, int n37, List<String> l38, String s39) {}

  private static final Wide FULL = new Wide(1, "p", List.of("e2"), "v3", 4, List.of("e5"), "v6", 7, List.of("e8"), "v9", 10, List.of("e11"), "v12", 13, List.of("e14"), "v15", 16, List.of("e17"), "v18", 19, List.of("e20"), "v21", 22, List.of("e23"), "v24", 25, List.of("e26"), "v27", 28, List.of("e29"), "v30", 31, List.of("e32"), "v33", 34, List.of("e35"), "v36", 37, List.of("e38"), "v39");
  /** Every other string null and every list empty. */
  private static final Wide SPARSE = new Wide(2, "p", List.of(), "v3", 4, List.of(), null, 7, List.of(), "v9", 10, List.of(), null, 13, List.of(), "v15", 16, List.of(), null, 19, List.of(), "v21", 22, List.of(), null, 25, List.of(), "v27", 28, List.of(), null, 31, List.of(), "v33", 34, List.of(), null, 37, List.of(), "v39");

  private final FakeDriver driver = new FakeDriver();
  private final Mapper mapper = Mapper.builder(driver).build();

  @AfterEach
  void everythingBoundFitsTheSpec() {
    assertEquals(List.of(), driver.violations());
  }

  /** What each variable should hold for the entity: its value, or null where it should be left unset (or null). */
  private static List<Object> expected(Wide wide) {
    List<Object> values = new ArrayList<>();
    for (var component : Wide.class.getRecordComponents()) {
      try {
        Object value = component.getAccessor().invoke(wide);
        values.add(value instanceof List<?> list && list.isEmpty() ? null : value);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    return values;
  }

  @Test
  void aWideEntityBindsEveryColumnAndLeavesItsMissingValuesUnset() {
    for (int round = 0; round < 200; round++) { // past the point where the JIT compiles the writer
      mapper.table(Wide.class).save(round % 2 == 0 ? FULL : SPARSE);
    }
    FakeDriver.Execution full = driver.executions().get(driver.executions().size() - 2);
    FakeDriver.Execution sparse = driver.lastExecution();

    assertEquals(expected(FULL), full.valueList());
    assertEquals(expected(SPARSE), sparse.valueList());
    List<Integer> unset = IntStream.range(0, 40).filter(sparse::isUnset).boxed().toList();
    List<Integer> missing = IntStream.range(0, 40).filter(i -> expected(SPARSE).get(i) == null).boxed().toList();
    assertEquals(missing, unset, "nulls and empty collections are left unset in every writer class of the chain");
    assertTrue(unset.stream().anyMatch(i -> i >= 2 * (ConstantHandles.WRITER_SLOTS - 1)),
        "the last class of the chain leaves its missing values unset too");
  }

  @Test
  void writingNullsSetsEveryMissingValueToNullAcrossTheChain() {
    mapper.table(Wide.class).save(SPARSE, WriteOptions.writingNulls());
    FakeDriver.Execution run = driver.onlyExecution();

    List<Object> expected = expected(SPARSE);
    for (int i = 0; i < 40; i++) {
      assertTrue(expected.get(i) == null ? run.isNull(i) : expected.get(i).equals(run.value(i)), "variable " + i);
    }
  }

  @Test
  void aNullClusteringKeyIsRefusedNamingItsColumnAndNothingIsSent() {
    Wide noKey = new Wide(1, null, List.of("e2"), "v3", 4, List.of("e5"), "v6", 7, List.of("e8"), "v9", 10, List.of("e11"), "v12", 13, List.of("e14"), "v15", 16, List.of("e17"), "v18", 19, List.of("e20"), "v21", 22, List.of("e23"), "v24", 25, List.of("e26"), "v27", 28, List.of("e29"), "v30", 31, List.of("e32"), "v33", 34, List.of("e35"), "v36", 37, List.of("e38"), "v39");

    CoodieException e = assertThrows(CoodieException.class, () -> mapper.table(Wide.class).save(noKey));

    assertTrue(e.getMessage().contains("part"), e.getMessage());
    assertTrue(driver.executions().isEmpty());
  }

  @Test
  void eachStatementGetsAWriterClassOfItsOwn() {
    EntityAccess<Wide> access = EntityAccess.of(mapper, Wide.class);
    PreparedCql first = prepare("INSERT INTO ks.wide (id, part) VALUES (?, ?)", access);
    PreparedCql second = prepare("INSERT INTO ks.wide (part, id) VALUES (?, ?)", access);

    EntityAccess.EntityWriter<Wide> a = access.writer(new int[] {0, 1}, first, false);
    EntityAccess.EntityWriter<Wide> b = access.writer(new int[] {1, 0}, second, false);

    assertTrue(a.getClass().isHidden(), "the writer runs from a hidden class, not the field-held fallback");
    assertNotSame(a.getClass(), b.getClass());
    assertEquals(-1, a.write(FULL, first.bind()));
    assertEquals(1, b.write(new Wide(1, null, List.of("e2"), "v3", 4, List.of("e5"), "v6", 7, List.of("e8"), "v9", 10, List.of("e11"), "v12", 13, List.of("e14"), "v15", 16, List.of("e17"), "v18", 19, List.of("e20"), "v21", 22, List.of("e23"), "v24", 25, List.of("e26"), "v27", 28, List.of("e29"), "v30", 31, List.of("e32"), "v33", 34, List.of("e35"), "v36", 37, List.of("e38"), "v39"), second.bind()),
        "the model column of the null key, for the caller to name");
  }

  private PreparedCql prepare(String cql, EntityAccess<Wide> access) {
    List<java.lang.reflect.Type> types = List.of(access.bindingType(0), access.bindingType(1));
    if (cql.contains("(part, id)")) {
      types = List.of(access.bindingType(1), access.bindingType(0));
    }
    return driver.prepare(new StatementSpec(cql, types, List.of(), true)).toCompletableFuture().join();
  }

  /** A class entity whose getter declares a checked exception, and throws it. */
  @Table(keyspace = "ks")
  public static final class Sealed {
    @PartitionKey private String id = "s1";
    private String secret = "x";

    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id;
    }

    public String getSecret() throws java.io.IOException {
      throw new java.io.IOException("vault offline");
    }

    public void setSecret(String secret) {
      this.secret = secret;
    }
  }

  @Test
  void aGetterThrowingACheckedExceptionFailsNamingThePropertyAndColumn() {
    CoodieException e = assertThrows(CoodieException.class, () -> mapper.table(Sealed.class).save(new Sealed()));

    assertTrue(e.getMessage().contains("Sealed: reading property 'secret' (column \"secret\")"), e.getMessage());
    assertInstanceOf(java.io.IOException.class, e.getCause());
    assertTrue(driver.executions().isEmpty());
  }

  @Test
  void anUncheckedFailureOfAGetterReachesTheCallerAsItIs() {
    IllegalStateException thrown = new IllegalStateException("not loaded");
    THROWN.set(thrown);
    try {
      assertSame(thrown, assertThrows(IllegalStateException.class,
          () -> mapper.table(Lazy.class).save(new Lazy("a", "b"))));
    } finally {
      THROWN.remove();
    }
  }

  private static final ThreadLocal<RuntimeException> THROWN = new ThreadLocal<>();

  /** A record whose accessor throws what the test gives it. */
  @Table(keyspace = "ks")
  public record Lazy(@PartitionKey String id, String body) {
    @Override
    public String body() {
      throw THROWN.get();
    }
  }
}
