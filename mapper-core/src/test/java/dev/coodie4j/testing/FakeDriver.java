package dev.coodie4j.testing;

import dev.coodie4j.batch.BatchType;
import dev.coodie4j.spi.Binding;
import dev.coodie4j.spi.ColumnValues;
import dev.coodie4j.spi.ConvertedType;
import dev.coodie4j.spi.CqlDriver;
import dev.coodie4j.spi.ExecutionOptions;
import dev.coodie4j.spi.LiveUserType;
import dev.coodie4j.spi.PreparedCql;
import dev.coodie4j.spi.ResultPage;
import dev.coodie4j.spi.StatementSpec;
import dev.coodie4j.spi.TableSchema;
import dev.coodie4j.spi.TupleRecord;
import dev.coodie4j.spi.UdtRecord;
import dev.coodie4j.types.CqlDuration;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * A {@link CqlDriver} without a server, for unit tests of the mapper's own logic: it records every statement the
 * mapper prepares and every execution with its bound values, answers with result pages a test scripts, and checks
 * what a driver would check without a server. It never decides what the server would do with the statement: a test
 * scripts that.
 *
 * <p>What it checks, recording a {@link #violations() violation} rather than throwing (so the mapper's own error
 * handling is not exercised by the fixture's exceptions):
 *
 * <ul>
 *   <li>at prepare, that every variable and result type is one a driver has a codec for (a CQL scalar's Java type,
 *       an enum, a vector's {@code float[]}, a collection of such types, a {@link ConvertedType} whose column type
 *       is one, a {@link UdtRecord} or {@link TupleRecord} whose components are), by exact class as the DataStax
 *       registry looks codecs up, and that the number of {@code ?} markers equals the number of variable types;
 *   <li>at bind, that every value is an instance of the spec's type for its index: the box of a primitive, the raw
 *       type and every element of a parameterized type, the record class of a user type or tuple (and each of its
 *       components), and for a converted type an instance of the property's raw class whose {@code toColumn}
 *       result is a {@code columnType} (the driver binds the converted value);
 *   <li>at bind, that the index exists, that it is set only once, and that a binding executes only once.
 * </ul>
 *
 * <p>Thread-safe for recording; scripting is meant to happen before the call under test.
 */
public final class FakeDriver implements CqlDriver {
  /** A bound variable as recorded: never set (unset), set to null, or set to a value. */
  public sealed interface Bound {
    /** The variable was left unset: the column keeps what it held, no tombstone. */
    record Unset() implements Bound {}

    /** The variable was set to null: a tombstone for a column. */
    record Null() implements Bound {}

    /**
     * The variable was set to a value.
     *
     * @param value the value as bound (primitives boxed)
     * @param setter the setter used: {@code set}, {@code setInt}, {@code setLong}, ...
     */
    record Value(Object value, String setter) implements Bound {
      public Class<?> javaClass() {
        return value.getClass();
      }
    }
  }

  /**
   * One execution of a prepared statement.
   *
   * @param spec the statement's spec
   * @param values the bound variables by index, each unset, null or a value
   * @param options the execution's options
   * @param inBatch whether it ran as a member of a batch rather than on its own
   */
  public record Execution(StatementSpec spec, List<Bound> values, ExecutionOptions options, boolean inBatch) {
    public String cql() {
      return spec.cql();
    }

    /** The value bound at an index, or null if it was unset or set to null. */
    public Object value(int index) {
      return values.get(index) instanceof Bound.Value v ? v.value() : null;
    }

    public boolean isUnset(int index) {
      return values.get(index) instanceof Bound.Unset;
    }

    public boolean isNull(int index) {
      return values.get(index) instanceof Bound.Null;
    }

    /** The values as bound, with null for both unset and null variables. */
    public List<Object> valueList() {
      List<Object> list = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        list.add(value(i));
      }
      return list;
    }
  }

  /**
   * One batch sent.
   *
   * @param type the batch type
   * @param statements its members, in order
   * @param options the batch's options
   * @param idempotent whether the mapper marked it idempotent
   * @param timestampMicros the batch's timestamp, or null
   */
  public record BatchExecution(BatchType type, List<Execution> statements, ExecutionOptions options,
      boolean idempotent, Long timestampMicros) {}

  /**
   * A scripted row: column names and values in select order. {@link ColumnValues#get} by index reads the values in
   * order; {@link ResultPage#byName} looks names up.
   */
  public record Row(List<String> names, List<Object> values) {
    public Row {
      if (names.size() != values.size()) {
        throw new IllegalArgumentException("a row needs one value per name");
      }
      names = List.copyOf(names);
      values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** A row from alternating names and values: {@code row("id", 1, "name", "ada")}. */
    public static Row of(Object... namesAndValues) {
      List<String> names = new ArrayList<>();
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < namesAndValues.length; i += 2) {
        names.add((String) namesAndValues[i]);
        values.add(namesAndValues[i + 1]);
      }
      return new Row(names, values);
    }
  }

  /**
   * A scripted page of results.
   *
   * @param rows the page's rows
   * @param wasApplied what {@link ResultPage#wasApplied()} answers
   * @param pagingState the page's paging state, or null on the last page
   * @param hasMorePages what {@link ResultPage#hasMorePages()} answers; {@link ResultPage#nextPage()} then returns the
   *     next scripted page of the same result, which the test must have scripted
   */
  public record Page(List<Row> rows, boolean wasApplied, byte[] pagingState, boolean hasMorePages) {
    public Page {
      rows = List.copyOf(rows);
    }

    public static Page of(Row... rows) {
      return new Page(List.of(rows), true, null, false);
    }

    /** A conditional statement's answer when it was not applied, with the row in the way (if any). */
    public static Page notApplied(Row... current) {
      return new Page(List.of(current), false, null, false);
    }

    public Page withPagingState(byte[] state) {
      return new Page(rows, wasApplied, state, state != null);
    }
  }

  private final Optional<String> sessionKeyspace;
  private final List<StatementSpec> prepared = new CopyOnWriteArrayList<>();
  private final List<Execution> executions = new CopyOnWriteArrayList<>();
  private final List<BatchExecution> batches = new CopyOnWriteArrayList<>();
  private final List<String> schemaChanges = new CopyOnWriteArrayList<>();
  private final Map<String, SchemaChangeFailure> schemaChangeFailures = new HashMap<>();
  private final List<byte[]> pagesFetched = new CopyOnWriteArrayList<>();
  private final List<String> violations = new CopyOnWriteArrayList<>();
  private final Deque<List<Page>> results = new ArrayDeque<>();
  private final Map<String, TableSchema> tables = new HashMap<>();
  private final Map<String, Map<String, LiveUserType>> userTypes = new HashMap<>();

  public FakeDriver() {
    this(null);
  }

  /** A fake connected to a keyspace, or to none when null. */
  public FakeDriver(String sessionKeyspace) {
    this.sessionKeyspace = Optional.ofNullable(sessionKeyspace);
  }

  // ---- scripting

  /**
   * Answers the next execution (single statement or batch) with these pages, in order: the first is returned by the
   * execution and each further one by {@code nextPage()}. Unscripted executions get one empty, applied page.
   */
  public synchronized FakeDriver thenReturn(Page... pages) {
    if (pages.length == 0) {
      throw new IllegalArgumentException("script at least one page");
    }
    results.addLast(List.of(pages));
    return this;
  }

  /** Answers the next execution with one page of these rows. */
  public FakeDriver thenReturnRows(Row... rows) {
    return thenReturn(Page.of(rows));
  }

  /** Makes {@link #readTable} find this table. */
  public synchronized FakeDriver withTable(TableSchema table) {
    tables.put(table.keyspace() + "." + table.name(), table);
    return this;
  }

  /** Makes {@link #readUserTypes} find this user type in a keyspace. */
  public synchronized FakeDriver withUserType(String keyspace, LiveUserType type) {
    userTypes.computeIfAbsent(keyspace, k -> new HashMap<>()).put(type.name(), type);
    return this;
  }

  // ---- what was recorded

  /** Every spec prepared, in order (the mapper caches, so each shape appears once per mapper). */
  public List<StatementSpec> prepared() {
    return List.copyOf(prepared);
  }

  /** Every statement executed on its own, in order; batch members are in {@link #batches()}. */
  public List<Execution> executions() {
    return List.copyOf(executions);
  }

  public List<BatchExecution> batches() {
    return List.copyOf(batches);
  }

  /** Every DDL statement executed. */
  public List<String> schemaChanges() {
    return List.copyOf(schemaChanges);
  }

  /** The paging state of each execution that asked for a later page, or of each {@code nextPage()} fetch. */
  public List<byte[]> pagesFetched() {
    return List.copyOf(pagesFetched);
  }

  /** Type mismatches and misuse of the SPI seen so far; empty when everything bound fits. */
  public List<String> violations() {
    return List.copyOf(violations);
  }

  /** The only execution; fails the test unless exactly one statement ran. */
  public Execution onlyExecution() {
    if (executions.size() != 1 || !batches.isEmpty()) {
      throw new AssertionError("expected exactly one execution, got " + executions.stream().map(Execution::cql)
          .toList() + " and " + batches.size() + " batches");
    }
    return executions.get(0);
  }

  /** The last execution on its own. */
  public Execution lastExecution() {
    if (executions.isEmpty()) {
      throw new AssertionError("nothing was executed");
    }
    return executions.get(executions.size() - 1);
  }

  /** Whether anything at all reached the "server": executions, batches or schema changes. */
  public boolean nothingSent() {
    return executions.isEmpty() && batches.isEmpty() && schemaChanges.isEmpty();
  }

  /** Forgets what was recorded and scripted (prepared statements stay valid). */
  public synchronized void reset() {
    prepared.clear();
    executions.clear();
    batches.clear();
    schemaChanges.clear();
    pagesFetched.clear();
    violations.clear();
    results.clear();
  }

  // ---- CqlDriver

  @Override
  public Optional<String> sessionKeyspace() {
    return sessionKeyspace;
  }

  /** The fake completes every stage on the calling thread: it has no threads of its own. */
  @Override
  public boolean isDriverThread() {
    return false;
  }

  @Override
  public CompletionStage<PreparedCql> prepare(StatementSpec spec) {
    prepared.add(spec);
    List<String> problems = new ArrayList<>();
    int markers = countMarkers(spec.cql());
    if (markers != spec.variableTypes().size()) {
      problems.add("prepare: " + markers + " markers but " + spec.variableTypes().size() + " variable types in "
          + spec.cql());
    }
    for (int i = 0; i < spec.variableTypes().size(); i++) {
      String problem = unresolvable(spec.variableTypes().get(i));
      if (problem != null) {
        problems.add("prepare: variable " + i + " of " + spec.cql() + ": " + problem);
      }
    }
    for (int i = 0; i < spec.resultTypes().size(); i++) {
      String problem = unresolvable(spec.resultTypes().get(i));
      if (problem != null) {
        problems.add("prepare: result column " + i + " of " + spec.cql() + ": " + problem);
      }
    }
    violations.addAll(problems);
    return CompletableFuture.completedFuture(new FakePrepared(spec, List.copyOf(problems)));
  }

  @Override
  public CompletionStage<ResultPage> executeBatch(BatchType type, List<Binding> statements,
      ExecutionOptions options, boolean idempotent, Long timestampMicros) {
    List<Execution> members = new ArrayList<>();
    for (Binding binding : statements) {
      if (!(binding instanceof FakeBinding fake)) {
        violations.add("batch: a binding not made by this driver: " + binding);
        continue;
      }
      members.add(fake.finish(options, true));
    }
    batches.add(new BatchExecution(type, List.copyOf(members), options, idempotent, timestampMicros));
    return CompletableFuture.completedFuture(nextResult());
  }

  @Override
  public CompletionStage<Boolean> executeSchemaChange(String cql, @Nullable String keyspace) {
    SchemaChangeFailure failure;
    synchronized (this) {
      failure = schemaChangeFailures.get(cql);
      if (failure != null) {
        schemaChangeFailures.remove(cql);
      }
    }
    if (failure != null) {
      failure.meanwhile().run();
      return CompletableFuture.failedFuture(failure.error());
    }
    schemaChanges.add(cql);
    return CompletableFuture.completedFuture(true);
  }

  /**
   * Fails the next run of this exact DDL statement with {@code error}, after running {@code meanwhile} (to script
   * what another client changed in the live schema at the same time, with {@link #withTable}).
   */
  public synchronized FakeDriver failSchemaChange(String cql, RuntimeException error, Runnable meanwhile) {
    schemaChangeFailures.put(cql, new SchemaChangeFailure(error, meanwhile));
    return this;
  }

  private record SchemaChangeFailure(RuntimeException error, Runnable meanwhile) {}

  @Override
  public synchronized CompletionStage<Optional<TableSchema>> readTable(String keyspace, String table) {
    return CompletableFuture.completedFuture(Optional.ofNullable(tables.get(keyspace + "." + table)));
  }

  @Override
  public synchronized CompletionStage<Map<String, LiveUserType>> readUserTypes(String keyspace) {
    return CompletableFuture.completedFuture(Map.copyOf(userTypes.getOrDefault(keyspace, Map.of())));
  }

  @Override
  public CompletionStage<Boolean> awaitSchemaAgreement() {
    return CompletableFuture.completedFuture(true);
  }

  private synchronized ResultPage nextResult() {
    List<Page> pages = results.pollFirst();
    return new FakeResultPage(pages == null ? List.of(Page.of()) : pages, 0);
  }

  // ---- type checks

  /** Java types a CQL scalar codec exists for (boxed). */
  private static final Set<Class<?>> SCALARS = Set.of(String.class, Integer.class, Long.class, Short.class,
      Byte.class, BigInteger.class, Float.class, Double.class, BigDecimal.class, Boolean.class, UUID.class,
      Instant.class, LocalDate.class, LocalTime.class, CqlDuration.class, ByteBuffer.class, byte[].class,
      InetAddress.class, float[].class);

  private static final Map<Class<?>, Class<?>> BOXES = Map.of(int.class, Integer.class, long.class, Long.class,
      double.class, Double.class, float.class, Float.class, boolean.class, Boolean.class, short.class, Short.class,
      byte.class, Byte.class);

  private static Class<?> box(Class<?> type) {
    return BOXES.getOrDefault(type, type);
  }

  /** Why a driver would find no codec for this Java type, or null if it would. */
  static String unresolvable(Type type) {
    if (type instanceof Class<?> c) {
      Class<?> boxed = box(c);
      // exact classes, as the DataStax registry looks codecs up: HeapByteBuffer or Inet4Address find none
      if (SCALARS.contains(boxed) || boxed.isEnum() || boxed == Object.class) {
        return null;
      }
      return "no codec for the Java type " + c.getName();
    } else if (type instanceof ConvertedType converted) {
      String inner = unresolvable(converted.columnType());
      return inner == null ? null : "converted " + converted.getTypeName() + ": " + inner;
    } else if (type instanceof UdtRecord udt) {
      for (Type field : udt.fieldTypes()) {
        String inner = unresolvable(field);
        if (inner != null) {
          return "user type " + udt.record().getName() + ": " + inner;
        }
      }
      return null;
    } else if (type instanceof TupleRecord tuple) {
      for (Type component : tuple.components()) {
        String inner = unresolvable(component);
        if (inner != null) {
          return "tuple " + tuple.record().getName() + ": " + inner;
        }
      }
      return null;
    } else if (type instanceof ParameterizedType p) {
      Type raw = p.getRawType();
      if (raw != List.class && raw != Set.class && raw != Map.class && raw != SortedSet.class
          && raw != SortedMap.class) {
        return "no codec for the collection type " + p.getTypeName();
      }
      for (Type argument : p.getActualTypeArguments()) {
        String inner = unresolvable(argument);
        if (inner != null) {
          return p.getTypeName() + ": " + inner;
        }
      }
      return null;
    }
    return "no codec for the type " + type.getTypeName();
  }

  /** Why this non-null value does not fit the Java type, or null if it does. */
  static String mismatch(Type type, Object value) {
    if (type instanceof Class<?> c) {
      if (c == Object.class) {
        return null;
      }
      return box(c).isInstance(value) ? null : describe(value) + " is not a " + box(c).getName();
    } else if (type instanceof ConvertedType converted) {
      // a converting codec takes any instance of the property's raw class and hands it to the converter
      Type javaType = converted.javaType();
      Class<?> raw = box(javaType instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) javaType);
      if (!raw.isInstance(value)) {
        return describe(value) + " is not a " + raw.getName();
      }
      Object stored;
      try {
        stored = converted.toColumn().apply(value);
      } catch (RuntimeException e) {
        return "the converter " + converted.converterClass().getName() + " threw " + e + " for " + describe(value);
      }
      return stored == null ? null : mismatch(converted.columnType(), stored);
    } else if (type instanceof UdtRecord udt) {
      return componentsMismatch(udt.record(), udt.fieldTypes(), udt.values(), value);
    } else if (type instanceof TupleRecord tuple) {
      return componentsMismatch(tuple.record(), tuple.components(), tuple.values(), value);
    } else if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (!raw.isInstance(value)) {
        return describe(value) + " is not a " + raw.getName();
      }
      Type[] arguments = p.getActualTypeArguments();
      if (value instanceof Map<?, ?> map) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          String problem = elementMismatch(arguments[0], entry.getKey(), "key");
          if (problem == null) {
            problem = elementMismatch(arguments[1], entry.getValue(), "value");
          }
          if (problem != null) {
            return p.getTypeName() + ": " + problem;
          }
        }
      } else if (value instanceof Collection<?> collection) {
        for (Object element : collection) {
          String problem = elementMismatch(arguments[0], element, "element");
          if (problem != null) {
            return p.getTypeName() + ": " + problem;
          }
        }
      }
      return null;
    }
    return "cannot check a value against " + type.getTypeName();
  }

  private static String elementMismatch(Type type, Object element, String what) {
    if (element == null) {
      return "a null " + what + ", which CQL collections cannot hold";
    }
    String problem = mismatch(type, element);
    return problem == null ? null : what + " " + problem;
  }

  private static String componentsMismatch(Class<?> record, List<Type> types, java.util.function.Function<Object,
      Object[]> values, Object value) {
    if (!record.isInstance(value)) {
      return describe(value) + " is not a " + record.getName();
    }
    Object[] components = values.apply(value);
    for (int i = 0; i < components.length; i++) {
      if (components[i] != null) {
        String problem = mismatch(types.get(i), components[i]);
        if (problem != null) {
          return record.getSimpleName() + " component " + i + ": " + problem;
        }
      }
    }
    return null;
  }

  private static String describe(Object value) {
    String text = value instanceof float[] f ? Arrays.toString(f) : String.valueOf(value);
    if (text.length() > 80) {
      text = text.substring(0, 80) + "...";
    }
    return text + " (" + value.getClass().getName() + ")";
  }

  /** The number of bind markers outside string literals, quoted identifiers and comments. */
  static int countMarkers(String cql) {
    int count = 0;
    for (int i = 0; i < cql.length(); i++) {
      char c = cql.charAt(i);
      if (c == '\'' || c == '"') {
        int end = i + 1;
        while (end < cql.length()) {
          if (cql.charAt(end) == c) {
            if (end + 1 < cql.length() && cql.charAt(end + 1) == c) {
              end += 2;
              continue;
            }
            break;
          }
          end++;
        }
        i = end;
      } else if (c == '?') {
        count++;
      }
    }
    return count;
  }

  // ---- prepared statements, bindings, pages

  private final class FakePrepared implements PreparedCql {
    private final StatementSpec spec;
    private final List<String> problems;

    FakePrepared(StatementSpec spec, List<String> problems) {
      this.spec = spec;
      this.problems = problems;
    }

    @Override
    public StatementSpec spec() {
      return spec;
    }

    @Override
    public Binding bind() {
      // a statement the driver could not have prepared is reported again at each use, so that a test that
      // resets the recordings between calls still sees it
      violations.addAll(problems);
      return new FakeBinding(spec, this);
    }
  }

  private final class FakeBinding implements Binding {
    private final StatementSpec spec;
    private final Bound[] values;
    private boolean done;

    private final PreparedCql statement;

    FakeBinding(StatementSpec spec, PreparedCql statement) {
      this.spec = spec;
      this.statement = statement;
      this.values = new Bound[spec.variableTypes().size()];
      Arrays.fill(values, new Bound.Unset());
    }

    private void record(int index, Bound bound, Class<?> setterType) {
      if (done) {
        violations.add("bind after execute of " + spec.cql());
        return;
      }
      if (index < 0 || index >= values.length) {
        violations.add("bind: index " + index + " out of range 0.." + (values.length - 1) + " of " + spec.cql());
        return;
      }
      if (!(values[index] instanceof Bound.Unset)) {
        violations.add("bind: index " + index + " set twice in " + spec.cql());
      }
      values[index] = bound;
      Type type = spec.variableTypes().get(index);
      if (bound instanceof Bound.Value v) {
        if (setterType != null && !(type instanceof Class<?> c && box(c) == setterType)) {
          violations.add("bind: " + setterType.getSimpleName() + " setter at index " + index + " whose type is "
              + type.getTypeName() + " in " + spec.cql());
          return;
        }
        String problem = mismatch(type, v.value());
        if (problem != null) {
          violations.add("bind: index " + index + " of " + spec.cql() + " is a " + type.getTypeName() + ": "
              + problem);
        }
      }
    }

    @Override
    public PreparedCql statement() {
      return statement;
    }

    @Override
    public void set(int index, Object value) {
      if (value == null) {
        violations.add("bind: set(" + index + ", null) instead of setNull in " + spec.cql());
        record(index, new Bound.Null(), null);
        return;
      }
      record(index, new Bound.Value(value, "set"), null);
    }

    @Override
    public void setInt(int index, int value) {
      record(index, new Bound.Value(value, "setInt"), Integer.class);
    }

    @Override
    public void setLong(int index, long value) {
      record(index, new Bound.Value(value, "setLong"), Long.class);
    }

    @Override
    public void setDouble(int index, double value) {
      record(index, new Bound.Value(value, "setDouble"), Double.class);
    }

    @Override
    public void setFloat(int index, float value) {
      record(index, new Bound.Value(value, "setFloat"), Float.class);
    }

    @Override
    public void setBoolean(int index, boolean value) {
      record(index, new Bound.Value(value, "setBoolean"), Boolean.class);
    }

    @Override
    public void setNull(int index) {
      record(index, new Bound.Null(), null);
    }

    Execution finish(ExecutionOptions options, boolean inBatch) {
      if (done) {
        violations.add("a binding executed twice: " + spec.cql());
      }
      done = true;
      return new Execution(spec, List.of(values), options, inBatch);
    }

    @Override
    public CompletionStage<ResultPage> execute(ExecutionOptions options) {
      executions.add(finish(options, false));
      if (options != null && options.pagingState() != null) {
        pagesFetched.add(options.pagingState().clone());
      }
      return CompletableFuture.completedFuture(nextResult());
    }
  }

  private final class FakeResultPage implements ResultPage {
    private final List<Page> pages;
    private final int pageIndex;
    private int row = -1;

    FakeResultPage(List<Page> pages, int pageIndex) {
      this.pages = pages;
      this.pageIndex = pageIndex;
    }

    private Page page() {
      return pages.get(pageIndex);
    }

    private Object current(int index) {
      if (row < 0 || row >= page().rows().size()) {
        throw new IllegalStateException("no current row: call nextRow() first");
      }
      return page().rows().get(row).values().get(index);
    }

    @Override
    public boolean nextRow() {
      if (row < page().rows().size()) {
        row++;
      }
      return row < page().rows().size();
    }

    @Override
    public boolean wasApplied() {
      return page().wasApplied();
    }

    @Override
    public ColumnValues byName(List<String> names, List<Type> javaTypes) {
      Row current = page().rows().get(row);
      Object[] picked = new Object[names.size()];
      for (int i = 0; i < picked.length; i++) {
        int at = current.names().indexOf(names.get(i));
        picked[i] = at < 0 ? null : current.values().get(at);
      }
      return new ArrayValues(picked);
    }

    @Override
    public List<String> columnNames() {
      return page().rows().isEmpty() ? List.of() : page().rows().get(0).names();
    }

    @Override
    public byte[] pagingState() {
      return page().pagingState() == null ? null : page().pagingState().clone();
    }

    @Override
    public boolean hasMorePages() {
      return page().hasMorePages();
    }

    @Override
    public int rowsInPage() {
      return page().rows().size() - (row + 1);
    }

    @Override
    public CompletionStage<ResultPage> nextPage() {
      if (!hasMorePages()) {
        violations.add("nextPage() on the last page");
        throw new IllegalStateException("nextPage() on the last page");
      }
      if (pageIndex + 1 >= pages.size()) {
        throw new IllegalStateException("the test scripted no page after this one");
      }
      pagesFetched.add(page().pagingState());
      return CompletableFuture.completedFuture(new FakeResultPage(pages, pageIndex + 1));
    }

    @Override
    public boolean isNull(int index) {
      return current(index) == null;
    }

    @Override
    public Object get(int index) {
      return current(index);
    }

    @Override
    public int getInt(int index) {
      Object v = current(index);
      return v == null ? 0 : (Integer) v;
    }

    @Override
    public long getLong(int index) {
      Object v = current(index);
      return v == null ? 0L : (Long) v;
    }

    @Override
    public double getDouble(int index) {
      Object v = current(index);
      return v == null ? 0d : (Double) v;
    }

    @Override
    public float getFloat(int index) {
      Object v = current(index);
      return v == null ? 0f : (Float) v;
    }

    @Override
    public boolean getBoolean(int index) {
      Object v = current(index);
      return v != null && (Boolean) v;
    }
  }

  /** A row of fixed values, for reading without a server. */
  public record ArrayValues(Object[] values) implements ColumnValues {
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
      return values[index] == null ? 0 : (Integer) values[index];
    }

    @Override
    public long getLong(int index) {
      return values[index] == null ? 0L : (Long) values[index];
    }

    @Override
    public double getDouble(int index) {
      return values[index] == null ? 0d : (Double) values[index];
    }

    @Override
    public float getFloat(int index) {
      return values[index] == null ? 0f : (Float) values[index];
    }

    @Override
    public boolean getBoolean(int index) {
      return values[index] != null && (Boolean) values[index];
    }
  }
}
