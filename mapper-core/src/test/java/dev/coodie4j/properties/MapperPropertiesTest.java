package dev.coodie4j.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.WriteOptions;
import dev.coodie4j.batch.Batch;
import dev.coodie4j.batch.BatchType;
import dev.coodie4j.properties.Entities.Counters;
import dev.coodie4j.query.PropertyRef;
import dev.coodie4j.query.Query;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testing.FakeDriver;
import dev.coodie4j.update.Update;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeTry;
import net.jqwik.api.statistics.Statistics;

/**
 * Over every kind of column and every operation, with generated values: each call either sends statements whose
 * bound values all fit the spec's variable types (as a driver's codecs would require), or fails with a
 * {@link CoodieException} before anything is sent. Any other exception, or a mismatched binding, fails the property.
 */
class MapperPropertiesTest {
  private static final int TRIES = 1000;
  private static final FakeDriver DRIVER = new FakeDriver();
  private static final Mapper MAPPER = Mapper.builder(DRIVER).build();
  private static final List<RecordComponent> COMPONENTS = Entities.ALL.stream()
      .flatMap(type -> Arrays.stream(type.getRecordComponents())).toList();

  @BeforeTry
  void forgetEarlierTries() {
    DRIVER.reset();
  }

  // ---- the invariant

  /** Runs the call: either it sends and every binding fits, or it is refused with nothing sent. */
  private static void worksOrIsRefusedBeforeSending(Runnable call) {
    try {
      call.run();
    } catch (CoodieException refused) {
      Statistics.collect("refused");
      assertTrue(DRIVER.nothingSent(), () -> "refused with " + refused.getMessage() + " after sending "
          + DRIVER.executions() + " " + DRIVER.batches());
      return;
    }
    Statistics.collect("sent");
    assertFalse(DRIVER.nothingSent(), "neither refused nor sent");
    assertEquals(List.of(), DRIVER.violations());
  }

  private static void worksOrIsRefusedBeforeSending(BooleanSupplier callThatMaySendNothing) {
    boolean[] sent = new boolean[1];
    try {
      sent[0] = callThatMaySendNothing.getAsBoolean();
      Statistics.collect(sent[0] ? "sent" : "nothing to send");
    } catch (CoodieException refused) {
      Statistics.collect("refused");
      assertTrue(DRIVER.nothingSent(), () -> "refused with " + refused.getMessage() + " after sending "
          + DRIVER.executions());
      return;
    }
    assertEquals(sent[0], !DRIVER.nothingSent(), "the call's answer says whether it sent");
    assertEquals(List.of(), DRIVER.violations());
  }

  // ---- generators

  @SuppressWarnings("unchecked")
  private static <T> EntityTable<T> table(Class<?> type) {
    return (EntityTable<T>) MAPPER.table(type);
  }

  private static ColumnModel column(RecordComponent component) {
    return MAPPER.model(component.getDeclaringRecord()).column(component.getName()).orElseThrow();
  }

  /** Mostly a value of the column's own type, sometimes anything at all. */
  private static Arbitrary<Object> valueFor(RecordComponent component) {
    return Arbitraries.frequencyOf(Tuple.of(4, Values.forComponent(component)), Tuple.of(1, Values.anything()));
  }

  private static final Map<Class<?>, Arbitrary<Object[]>> KEYS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final Map<RecordComponent, Arbitrary<Pick>> PICKS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final Map<Class<?>, Arbitrary<Object>> RECORDS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final Map<String, Object> SAMPLES = new java.util.concurrent.ConcurrentHashMap<>();

  private static Arbitrary<Object> recordOf(Class<?> entity) {
    return RECORDS.computeIfAbsent(entity, type -> Values.record(type, true));
  }

  /** The primary key values of an entity: mostly of the right types, rarely anything. */
  private static Arbitrary<Object[]> keyOf(Class<?> entity) {
    return KEYS.computeIfAbsent(entity, MapperPropertiesTest::buildKeyOf);
  }

  private static Arbitrary<Object[]> buildKeyOf(Class<?> entity) {
    List<Arbitrary<Object>> parts = new ArrayList<>();
    for (ColumnModel key : MAPPER.model(entity).primaryKey()) {
      RecordComponent component = component(entity, key.property());
      parts.add(Arbitraries.frequencyOf(Tuple.of(30, Values.forType(component.getGenericType())),
          Tuple.of(1, Values.anything())));
    }
    return Combinators.combine(parts).as(List::toArray);
  }

  private static RecordComponent component(Class<?> entity, String property) {
    return Arrays.stream(entity.getRecordComponents()).filter(c -> c.getName().equals(property)).findFirst()
        .orElseThrow();
  }

  /** A column, a value for it, and a primary key of its entity. */
  record Pick(RecordComponent component, Object value, Object[] key) {
    Class<?> entity() {
      return component.getDeclaringRecord();
    }

    String property() {
      return component.getName();
    }

    @Override
    public String toString() {
      return entity().getSimpleName() + "." + property() + " = " + show(value) + ", key " + show(key);
    }
  }

  static String show(Object value) {
    if (value instanceof Object[] array) {
      return Arrays.deepToString(array);
    } else if (value instanceof float[] floats) {
      return Arrays.toString(floats);
    } else if (value instanceof byte[] bytes) {
      return Arrays.toString(bytes);
    }
    return String.valueOf(value) + (value == null ? "" : " (" + value.getClass().getSimpleName() + ")");
  }

  @Provide
  Arbitrary<Pick> picks() {
    return Arbitraries.of(COMPONENTS).flatMap(component -> PICKS.computeIfAbsent(component,
        c -> Combinators.combine(valueFor(c), keyOf(c.getDeclaringRecord()))
            .as((value, key) -> new Pick(c, value, key))));
  }

  @Provide
  Arbitrary<Object> entities() {
    return Arbitraries.of(Entities.ALL).flatMap(MapperPropertiesTest::recordOf);
  }

  @Provide
  Arbitrary<WriteOptions> writeOptions() {
    Arbitrary<WriteOptions> base = Arbitraries.of(WriteOptions.defaults(), WriteOptions.writingNulls(),
        WriteOptions.skippingNulls());
    return Combinators.combine(base, Arbitraries.integers().between(-5, 100_000).injectNull(0.6),
        Arbitraries.longs().injectNull(0.7)).as((options, ttl, timestamp) -> {
          WriteOptions o = options;
          if (ttl != null) {
            o = o.withTtl(Duration.ofSeconds(Math.max(ttl, 0)));
          }
          return timestamp == null ? o : o.withTimestampMicros(timestamp);
        });
  }

  // ---- save, insertIfNotExists, get, delete

  @Property(tries = TRIES)
  void saveOfAnyEntity(@ForAll("entities") Object entity, @ForAll("writeOptions") WriteOptions options) {
    worksOrIsRefusedBeforeSending(() -> table(entity.getClass()).save(entity, options));
  }

  @Property(tries = TRIES)
  void insertIfNotExistsOfAnyEntity(@ForAll("entities") Object entity) {
    worksOrIsRefusedBeforeSending(() -> table(entity.getClass()).insertIfNotExists(entity));
  }

  @Property(tries = TRIES)
  void getAndDeleteByAnyKey(@ForAll("picks") Pick pick, @ForAll boolean delete) {
    worksOrIsRefusedBeforeSending(() -> {
      if (delete) {
        table(pick.entity()).deleteByKey(pick.key());
      } else {
        table(pick.entity()).get(pick.key());
      }
    });
  }

  // ---- queries

  enum Restriction { EQ, GT, GTE, LT, LTE, CONTAINS, CONTAINS_KEY }

  @Property(tries = TRIES)
  void restrictionOnAnyColumn(@ForAll("picks") Pick pick, @ForAll Restriction restriction) {
    worksOrIsRefusedBeforeSending(() -> {
      var where = table(pick.entity()).query().where(pick.property());
      Query<?> query = switch (restriction) {
        case EQ -> where.eq(pick.value());
        case GT -> where.gt(pick.value());
        case GTE -> where.gte(pick.value());
        case LT -> where.lt(pick.value());
        case LTE -> where.lte(pick.value());
        case CONTAINS -> where.contains(pick.value());
        case CONTAINS_KEY -> where.containsKey(pick.value());
      };
      query.allowFiltering().list();
    });
  }

  @Provide
  Arbitrary<List<Object>> moreValues() {
    return Values.anything().list().ofMaxSize(2);
  }

  /** {@code IN} on any column: converted, collection, tuple and user type columns bind their elements as stored. */
  @Property(tries = TRIES)
  void inOnAnyColumn(@ForAll("picks") Pick pick, @ForAll("moreValues") List<Object> more, @ForAll boolean sameType) {
    worksOrIsRefusedBeforeSending(() -> {
      List<Object> values = new ArrayList<>();
      if (pick.value() != null) {
        values.add(pick.value());
      }
      if (!sameType) {
        values.addAll(more);
      }
      table(pick.entity()).query().where(pick.property()).in(values).allowFiltering().list();
    });
  }

  enum Clause { LIMIT, PER_PARTITION_LIMIT, DISTINCT, FIRST, EXISTS, PAGE }

  @Property(tries = TRIES)
  void clausesOverAnyPartition(@ForAll("picks") Pick pick, @ForAll Clause clause,
      @ForAll @net.jqwik.api.constraints.IntRange(min = -1, max = 50) int n) {
    worksOrIsRefusedBeforeSending(() -> {
      var model = MAPPER.model(pick.entity());
      Query<?> query = table(pick.entity()).query();
      for (int i = 0; i < model.partitionKey().size(); i++) {
        query = query.where(model.partitionKey().get(i).property()).eq(pick.key()[i]);
      }
      switch (clause) {
        case LIMIT -> query.limit(n).list();
        case PER_PARTITION_LIMIT -> query.perPartitionLimit(n).list();
        case DISTINCT -> query.distinct().list();
        case FIRST -> query.first();
        case EXISTS -> query.exists();
        case PAGE -> query.page(n);
      }
    });
  }

  // ---- updates

  @Property(tries = TRIES)
  void updateSetOfAnyColumn(@ForAll("picks") Pick pick, @ForAll("writeOptions") WriteOptions options) {
    worksOrIsRefusedBeforeSending(() -> table(pick.entity()).update(pick.key()).set(pick.property(), pick.value())
        .options(options).execute());
  }

  enum CollectionOp { APPEND, PREPEND, ADD, REMOVE, PUT, PUT_ALL, REMOVE_KEYS, SET_AT, SET_FIELD, INCREMENT }

  @Property(tries = TRIES)
  @SuppressWarnings({"unchecked", "rawtypes"})
  void inPlaceChangeOfAnyColumn(@ForAll("changeablePicks") Pick pick, @ForAll CollectionOp op,
      @ForAll("picks") Pick other,
      @ForAll @net.jqwik.api.constraints.IntRange(min = -1, max = 3) int index) {
    PropertyRef ref = Refs.of(pick.entity(), pick.property());
    Object value = pick.value();
    worksOrIsRefusedBeforeSending(() -> {
      Update update = table(pick.entity()).update(pick.key());
      update = switch (op) {
        case APPEND -> update.append(ref, asList(value));
        case PREPEND -> update.prepend(ref, asList(value));
        case ADD -> update.add(ref, asSet(value));
        case REMOVE -> update.remove(ref, value instanceof Collection<?> c ? c : asList(value));
        case PUT -> update.put(ref, other.value(), value);
        case PUT_ALL -> update.putAll(ref, value instanceof Map<?, ?> m ? m : value == null ? null
            : Map.of(other.value() == null ? "k" : other.value(), value));
        case REMOVE_KEYS -> update.removeKeys(ref, asSet(value));
        case SET_AT -> update.setAt(ref, index, other.value());
        case SET_FIELD -> update.setField(ref, "street", other.value());
        case INCREMENT -> update.increment(ref, index);
      };
      update.execute();
    });
  }

  /** Columns that can change in place: collections, user types and counters (other ones are refused anyway). */
  @Provide
  Arbitrary<Pick> changeablePicks() {
    return picks().filter(pick -> {
      dev.coodie4j.schema.ColumnModel column = column(pick.component());
      return column.genericType() instanceof java.lang.reflect.ParameterizedType
          || column.type() instanceof dev.coodie4j.schema.UdtType || column.type() == dev.coodie4j.schema.ScalarType.COUNTER;
    });
  }

  /*
   * Java refuses a value that is not a List where a List is declared, before the mapper sees it; what reaches the
   * mapper through unchecked generics is a collection with elements of the wrong type, so wrap such values.
   */
  private static List<?> asList(Object value) {
    return value == null ? null : value instanceof List<?> list ? list : List.of(value);
  }

  private static Set<?> asSet(Object value) {
    return value == null ? null : value instanceof Set<?> set ? set : Set.of(value);
  }

  enum Condition { EQ, NE, GT, GTE, LT, LTE, IN, IF_EXISTS }

  @Property(tries = TRIES)
  @SuppressWarnings({"unchecked", "rawtypes"})
  void conditionOnAnyColumn(@ForAll("picks") Pick pick, @ForAll Condition condition, @ForAll boolean delete) {
    PropertyRef ref = Refs.of(pick.entity(), pick.property());
    Object value = pick.value();
    String setProperty = MAPPER.model(pick.entity()).columns().stream()
        .filter(c -> c.kind() == dev.coodie4j.schema.ColumnKind.REGULAR).findFirst().orElseThrow().property();
    // the same IN marker typing as inOnAnyColumnWhoseTypeIsAPlainClass
    worksOrIsRefusedBeforeSending(() -> {
      if (delete) {
        dev.coodie4j.update.Delete write = table(pick.entity()).deleteFrom(pick.key());
        ((dev.coodie4j.update.Delete) condition(write.onlyIf(ref), condition, value, write)).execute();
      } else {
        Update write = table(pick.entity()).update(pick.key()).set(setProperty, sample(pick.entity(), setProperty));
        ((Update) condition(write.onlyIf(ref), condition, value, write)).execute();
      }
    });
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object condition(dev.coodie4j.query.Condition onlyIf, Condition condition, Object value, Object write) {
    return switch (condition) {
      case EQ -> onlyIf.eq(value);
      case NE -> onlyIf.ne(value);
      case GT -> onlyIf.gt(value);
      case GTE -> onlyIf.gte(value);
      case LT -> onlyIf.lt(value);
      case LTE -> onlyIf.lte(value);
      case IN -> onlyIf.in(value == null ? List.of() : List.of(value));
      case IF_EXISTS -> write instanceof Update<?> u ? u.ifExists() : ((dev.coodie4j.update.Delete<?>) write).ifExists();
    };
  }

  /** A fixed valid value of a property, for the statements whose other parts are generated. */
  private static Object sample(Class<?> entity, String property) {
    return SAMPLES.computeIfAbsent(entity.getName() + "." + property,
        key -> Values.forComponent(component(entity, property)).filter(java.util.Objects::nonNull).sample());
  }

  // ---- batches

  enum Member { SAVE, INSERT_IF_NOT_EXISTS, DELETE, DELETE_BY_KEY, UPDATE_SET, INCREMENT }

  record BatchMember(Member kind, Object entity, Pick pick) {}

  @Provide
  Arbitrary<List<BatchMember>> members() {
    return Combinators.combine(Arbitraries.of(Member.class), entities(), picks()).as(BatchMember::new)
        .list().ofMinSize(0).ofMaxSize(4);
  }

  @Property(tries = TRIES)
  void batchOfAnyMembers(@ForAll("members") List<BatchMember> members, @ForAll BatchType type,
      @ForAll("writeOptions") WriteOptions options) {
    worksOrIsRefusedBeforeSending(() -> {
      Batch batch = MAPPER.batch(type);
      for (BatchMember member : members) {
        Pick pick = member.pick();
        switch (member.kind()) {
          case SAVE -> batch.save(member.entity(), options);
          case INSERT_IF_NOT_EXISTS -> batch.insertIfNotExists(member.entity());
          case DELETE -> batch.delete(member.entity());
          case DELETE_BY_KEY -> batch.deleteByKey(pick.entity(), pick.key());
          case UPDATE_SET -> batch.update(table(pick.entity()).update(pick.key()).set(pick.property(),
              pick.value()));
          case INCREMENT -> batch.update(MAPPER.table(Counters.class).update(pick.key().length == 2 ? pick.key()
              : new Object[] {"p", "d"}).increment(Counters::visitors, 1));
        }
      }
      batch.execute();
    });
  }

  // ---- raw CQL

  @Provide
  Arbitrary<List<Object>> rawValues() {
    return Arbitraries.of(COMPONENTS).flatMap(Values::forComponent).list().ofMaxSize(4);
  }

  /**
   * Raw CQL with values of every kind the entities hold: {@code @UserType}, {@code @CqlTuple} and {@code @ConvertedBy}
   * records bind as the mapper stores them. A plain record (one stored as {@code @Json} by a property) has no CQL
   * form of its own outside that property, so it is left out.
   */
  @Property(tries = TRIES)
  void rawStatementWithAnyValue(@ForAll("rawValues") List<Object> values, @ForAll boolean idempotent) {
    Assume.that(values.stream().noneMatch(v -> v != null && v.getClass().isRecord()
        && !v.getClass().isAnnotationPresent(dev.coodie4j.annotation.UserType.class)
        && !v.getClass().isAnnotationPresent(dev.coodie4j.annotation.CqlTuple.class)
        && !v.getClass().isAnnotationPresent(dev.coodie4j.annotation.ConvertedBy.class)));
    String cql = "INSERT INTO ks.raw (" + String.join(",", java.util.Collections.nCopies(values.size() + 1, "c"))
        + ") VALUES (" + String.join(",", java.util.Collections.nCopies(values.size() + 1, "?")) + ")";
    Object[] bound = new ArrayList<>(List.of((Object) "k")) {
      {
        addAll(values);
      }
    }.toArray();
    worksOrIsRefusedBeforeSending(() -> MAPPER.cql(cql, bound).idempotent(idempotent).execute());
  }

  // ---- saveChanges

  record Change(Object before, Object after) {}

  @Provide
  Arbitrary<Change> changes() {
    return Arbitraries.of(Entities.ALL).flatMap(type -> {
      int size = type.getRecordComponents().length;
      int keys = MAPPER.model(type).primaryKey().size();
      return Combinators.combine(recordOf(type), recordOf(type),
          Arbitraries.integers().between(0, 9).list().ofSize(size)).as((before, other, dice) -> {
            Object[] a = Values.components(before);
            Object[] b = Values.components(other);
            Object[] after = a.clone();
            for (int i = 0; i < size; i++) {
              boolean isKey = MAPPER.model(type).column(type.getRecordComponents()[i].getName()).orElseThrow()
                  .kind() != dev.coodie4j.schema.ColumnKind.REGULAR
                  && MAPPER.model(type).column(type.getRecordComponents()[i].getName()).orElseThrow().kind()
                  != dev.coodie4j.schema.ColumnKind.STATIC;
              if (isKey ? dice.get(i) == 0 && i % 7 == 0 : dice.get(i) < 4) {
                after[i] = b[i];
              }
            }
            return new Change(before, Values.construct(type, after));
          });
    });
  }

  @Property(tries = TRIES)
  void saveChangesOfAnyChange(@ForAll("changes") Change change) {
    worksOrIsRefusedBeforeSending(() -> table(change.before().getClass()).saveChanges(change.before(),
        change.after()));
  }

  static {
    // entity definitions are checked on first use: make that happen here, so a bad fixture fails loudly
    for (Class<?> type : Entities.ALL) {
      MAPPER.model(type);
    }
  }
}
