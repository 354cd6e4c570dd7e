package dev.coodie4j.internal.metadata;

import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.NamingStrategy;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.ClusteringOrder;
import dev.coodie4j.annotation.Column;
import dev.coodie4j.annotation.ColumnType;
import dev.coodie4j.annotation.CqlTuple;
import dev.coodie4j.annotation.Discriminator;
import dev.coodie4j.annotation.DiscriminatorValue;
import dev.coodie4j.annotation.Frozen;
import dev.coodie4j.annotation.Index;
import dev.coodie4j.annotation.MaterializedView;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Static;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.annotation.TableOptions;
import dev.coodie4j.annotation.Transient;
import dev.coodie4j.annotation.UserType;
import dev.coodie4j.internal.access.BeanInstantiator;
import dev.coodie4j.internal.access.Instantiator;
import dev.coodie4j.internal.access.Property;
import dev.coodie4j.internal.access.RecordInstantiator;
import dev.coodie4j.internal.render.Names;
import dev.coodie4j.schema.CollectionType;
import dev.coodie4j.schema.ColumnKind;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.schema.DataType;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.schema.IndexModel;
import dev.coodie4j.schema.ScalarType;
import dev.coodie4j.types.CqlDuration;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads an entity class once into an {@link EntityMapping}; every rule violation names the class, property and fix. */
public final class EntityIntrospector {

  /** The CQL type of each Java type when no {@link ColumnType} says otherwise. */
  private static final Map<Class<?>, ScalarType> DEFAULT_TYPES = Map.ofEntries(
      Map.entry(String.class, ScalarType.TEXT),
      Map.entry(Long.class, ScalarType.BIGINT),
      Map.entry(ByteBuffer.class, ScalarType.BLOB),
      Map.entry(byte[].class, ScalarType.BLOB),
      Map.entry(Boolean.class, ScalarType.BOOLEAN),
      Map.entry(LocalDate.class, ScalarType.DATE),
      Map.entry(BigDecimal.class, ScalarType.DECIMAL),
      Map.entry(Double.class, ScalarType.DOUBLE),
      Map.entry(CqlDuration.class, ScalarType.DURATION),
      Map.entry(Float.class, ScalarType.FLOAT),
      Map.entry(InetAddress.class, ScalarType.INET),
      Map.entry(Integer.class, ScalarType.INT),
      Map.entry(Short.class, ScalarType.SMALLINT),
      Map.entry(LocalTime.class, ScalarType.TIME),
      Map.entry(Instant.class, ScalarType.TIMESTAMP),
      Map.entry(Byte.class, ScalarType.TINYINT),
      Map.entry(UUID.class, ScalarType.UUID),
      Map.entry(BigInteger.class, ScalarType.VARINT));

  private EntityIntrospector() {}

  /** The CQL type a Java class maps to without annotations, or null. */
  static ScalarType defaultType(Class<?> boxed) {
    return DEFAULT_TYPES.get(boxed);
  }

  /** The Java classes with a default CQL type, for messages. */
  static String mappedTypeNames() {
    return DEFAULT_TYPES.keySet().stream().map(Class::getSimpleName).sorted().collect(Collectors.joining(", "));
  }

  static boolean isCollection(Class<?> type) {
    return COLLECTIONS.containsKey(type);
  }

  static <T> EntityMapping<T> introspect(Class<T> type, NamingStrategy naming) {
    if (type.isInterface() && type.isAnnotationPresent(Discriminator.class)) {
      return introspectHierarchy(type, naming);
    }
    Table table = type.getAnnotation(Table.class);
    MaterializedView view = type.getAnnotation(MaterializedView.class);
    Class<?> hierarchy = null;
    if (table == null && view == null && type.isAnnotationPresent(DiscriminatorValue.class)) {
      hierarchy = Polymorphism.baseOf(type);
      table = hierarchy.getAnnotation(Table.class);
    }
    if (table == null && view == null) {
      throw new EntityDefinitionException(type, "is not annotated with @Table: add @Table to map it to a table "
          + "(or @MaterializedView for a view of another entity)");
    }
    if (table != null && view != null) {
      throw new EntityDefinitionException(type, "has both @Table and @MaterializedView: keep one");
    }
    if (type.isInterface() || Modifier.isAbstract(type.getModifiers()) || type.isEnum()) {
      throw new EntityDefinitionException(type, "cannot be instantiated: an entity must be a record or a concrete class");
    }
    if (type.isMemberClass() && !Modifier.isStatic(type.getModifiers())) {
      throw new EntityDefinitionException(type, "is an inner class: make it static or top-level");
    }
    MethodHandles.Lookup lookup = lookupIn(type);
    List<Property> properties = type.isRecord() ? recordProperties(type, lookup) : classProperties(type, lookup);

    List<ColumnModel> columns = new ArrayList<>();
    Map<String, Type> bindings = new HashMap<>();
    List<Property> mapped = new ArrayList<>();
    for (Property property : properties) {
      if (property.has(Transient.class)) {
        if (property.has(PartitionKey.class) || property.has(ClusteringKey.class) || property.has(Column.class)
            || property.has(Static.class) || property.has(Index.class) || property.has(ColumnType.class)) {
          throw new EntityDefinitionException(type, "property '" + property.name()
              + "' is @Transient but also carries mapping annotations: remove @Transient or the others");
        }
        continue;
      }
      columns.add(column(type, property, naming, bindings));
      mapped.add(property);
    }
    String discriminatorValue = null;
    if (hierarchy != null) {
      String discriminatorColumn = Polymorphism.columnOf(hierarchy);
      discriminatorValue = Polymorphism.valueOf(type);
      for (ColumnModel column : columns) {
        if (column.name().equals(discriminatorColumn)) {
          throw new EntityDefinitionException(type, "property '" + column.property() + "' maps the discriminator column \""
              + discriminatorColumn + "\", which the mapper writes itself: rename the property or the @Discriminator column");
        }
      }
      Property property = Polymorphism.discriminatorProperty(discriminatorColumn, discriminatorValue);
      columns.add(new ColumnModel(discriminatorColumn, discriminatorColumn, ScalarType.TEXT, String.class, String.class,
          ColumnKind.REGULAR, -1, ClusteringOrder.ASC, Optional.empty()));
      bindings.put(discriminatorColumn, String.class);
      mapped.add(property);
    }
    String declaredName = table != null ? table.name() : view.name();
    String tableName = declaredName.isEmpty() ? naming.tableName(hierarchy != null ? hierarchy : type) : declaredName;
    List<ColumnModel> ordered = validateAndOrder(type, tableName, columns);
    Map<String, Property> byName = mapped.stream().collect(Collectors.toMap(Property::name, p -> p));
    List<Property> orderedProperties = ordered.stream().map(c -> byName.get(c.property())).toList();
    List<Type> bindingTypes = ordered.stream().map(c -> bindings.get(c.property())).toList();
    EntityModel<?> base = view == null ? null : viewBase(type, view, ordered, naming);
    Optional<String> keyspace = base != null ? base.keyspace()
        : table.keyspace().isEmpty() ? Optional.empty() : Optional.of(table.keyspace());
    schemaNames(type, keyspace, tableName);
    EntityModel<T> model = new EntityModel<>(type, keyspace, tableName, ordered,
        tableOptions(type, type.getAnnotation(TableOptions.class)), base);
    Instantiator<T> instantiator = type.isRecord()
        ? RecordInstantiator.create(type, lookup, properties, orderedProperties)
        : BeanInstantiator.create(type, lookup, orderedProperties);
    if (hierarchy != null) {
      String column = Polymorphism.columnOf(hierarchy);
      int index = ordered.stream().map(ColumnModel::name).toList().indexOf(column);
      return new EntityMapping<>(model, orderedProperties, bindingTypes, instantiator,
          new Polymorphism.Discriminator(index, discriminatorValue));
    }
    return new EntityMapping<>(model, orderedProperties, bindingTypes, instantiator);
  }

  /** The base of a type hierarchy: the union of its records' columns, read as whichever record a row names. */
  private static <T> EntityMapping<T> introspectHierarchy(Class<T> base, NamingStrategy naming) {
    Table table = base.getAnnotation(Table.class);
    if (table == null || !base.isSealed()) {
      throw new EntityDefinitionException(base, "is a @Discriminator hierarchy, which needs @Table and a sealed "
          + "interface listing its records: add @Table, and 'sealed ... permits' the records");
    }
    String discriminatorColumn = Polymorphism.columnOf(base);
    Map<String, ColumnModel> union = new LinkedHashMap<>();
    Map<String, Instantiator<?>> byValue = new LinkedHashMap<>();
    Map<String, EntityModel<?>> models = new LinkedHashMap<>();
    Map<String, Type> bindings = new HashMap<>();
    List<String> key = null;
    for (Class<?> subtype : base.getPermittedSubclasses()) {
      if (!subtype.isRecord() || !subtype.isAnnotationPresent(DiscriminatorValue.class)) {
        throw new EntityDefinitionException(base, "permits " + subtype.getName() + ", which is not a record with "
            + "@DiscriminatorValue: every type of the hierarchy is such a record");
      }
      EntityMapping<?> mapping = EntityMapping.of(subtype, naming);
      String value = Polymorphism.valueOf(subtype);
      if (byValue.put(value, mapping.instantiator()) != null) {
        throw new EntityDefinitionException(base, "has two records with @DiscriminatorValue(\"" + value + "\")");
      }
      models.put(value, mapping.model());
      List<String> subtypeKey = mapping.model().primaryKey().stream().map(c -> c.name() + " " + c.type()).toList();
      if (key != null && !key.equals(subtypeKey)) {
        throw new EntityDefinitionException(base, "its records disagree on the primary key: " + key + " and "
            + subtypeKey + " in " + subtype.getSimpleName() + "; one table has one key");
      }
      key = subtypeKey;
      for (int i = 0; i < mapping.columnCount(); i++) {
        ColumnModel column = mapping.model().columns().get(i);
        bindings.putIfAbsent(column.name(), mapping.bindingType(i));
        ColumnModel known = union.putIfAbsent(column.name(), column);
        if (known != null && (!known.type().equals(column.type()) || known.kind() != column.kind())) {
          throw new EntityDefinitionException(base, "column \"" + column.name() + "\" is " + known.type().cql() + " in one "
              + "record and " + column.type().cql() + " in " + subtype.getSimpleName() + ": a column has one type");
        }
      }
    }
    if (byValue.isEmpty()) {
      throw new EntityDefinitionException(base, "permits no records");
    }
    List<ColumnModel> ordered = new ArrayList<>(union.values());
    ordered.sort(Comparator.comparingInt((ColumnModel c) -> c.kind().ordinal()).thenComparingInt(ColumnModel::keyPosition));
    String tableName = table.name().isEmpty() ? naming.tableName(base) : table.name();
    schemaNames(base, table.keyspace().isEmpty() ? Optional.empty() : Optional.of(table.keyspace()), tableName);
    EntityModel<T> model = new EntityModel<>(base, table.keyspace().isEmpty() ? Optional.empty()
        : Optional.of(table.keyspace()), tableName, ordered, tableOptions(base, base.getAnnotation(TableOptions.class)));
    List<String> names = ordered.stream().map(ColumnModel::name).toList();
    Map<String, int[]> columnsByValue = new LinkedHashMap<>();
    models.forEach((value, subtypeModel) -> columnsByValue.put(value,
        subtypeModel.columns().stream().mapToInt(c -> names.indexOf(c.name())).toArray()));
    int discriminator = names.indexOf(discriminatorColumn);
    List<Property> properties = ordered.stream()
        .map(c -> Polymorphism.unreadable(c.property(), c.javaType(), c.genericType()))
        .toList();
    return new EntityMapping<>(model, properties, ordered.stream().map(c -> bindings.get(c.name())).toList(),
        new Polymorphism.BaseInstantiator<>(tableName, discriminator, byValue, columnsByValue, null),
        new Polymorphism.Discriminator(discriminator, null));
  }

  /** Refuses keyspace and table names that Cassandra cannot hold. */
  private static void schemaNames(Class<?> type, Optional<String> keyspace, String table) {
    try {
      keyspace.ifPresent(name -> Names.requireSchemaName("keyspace", name));
      Names.requireSchemaName("table", table);
    } catch (dev.coodie4j.CoodieException e) {
      throw new EntityDefinitionException(type, e.getMessage() + ": change @Table, @MaterializedView or the naming "
          + "strategy");
    }
  }

  /** Checks a view entity against its base: same columns and types, a key holding the base key plus at most one. */
  private static EntityModel<?> viewBase(Class<?> type, MaterializedView view, List<ColumnModel> columns,
      NamingStrategy naming) {
    if (view.base().isAnnotationPresent(MaterializedView.class) || !view.base().isAnnotationPresent(Table.class)) {
      throw new EntityDefinitionException(type, "is a view of " + view.base().getName()
          + ", which is not a @Table entity: a view's base must be a table");
    }
    EntityModel<?> base = EntityMapping.of(view.base(), naming).model();
    for (ColumnModel column : columns) {
      ColumnModel inBase = base.columns().stream().filter(c -> c.name().equals(column.name())).findFirst()
          .orElseThrow(() -> new EntityDefinitionException(type, "property '" + column.property() + "' maps column \""
              + column.name() + "\", which " + base.entityClass().getSimpleName() + " does not have: a view selects "
              + "columns of its base table"));
      if (!inBase.type().equals(column.type())) {
        throw new EntityDefinitionException(type, "property '" + column.property() + "' is " + column.type().cql()
            + " but the base column is " + inBase.type().cql() + ": use the base property's type");
      }
      if (inBase.kind() == ColumnKind.STATIC || column.kind() == ColumnKind.STATIC || column.index().isPresent()) {
        throw new EntityDefinitionException(type, "property '" + column.property()
            + "': a materialized view has no static columns or secondary indexes");
      }
    }
    List<String> viewKey = columns.stream().filter(c -> c.kind().isPrimaryKey()).map(ColumnModel::name).toList();
    List<String> missing = base.primaryKey().stream().map(ColumnModel::name).filter(n -> !viewKey.contains(n)).toList();
    long extra = viewKey.stream().filter(n -> base.primaryKey().stream().noneMatch(c -> c.name().equals(n))).count();
    if (!missing.isEmpty() || extra > 1) {
      throw new EntityDefinitionException(type, "the view's primary key " + viewKey + " must hold every primary key "
          + "column of " + base.entityClass().getSimpleName() + " " + base.primaryKey().stream().map(ColumnModel::name)
          .toList() + " and at most one other column" + (missing.isEmpty() ? "" : "; missing " + missing));
    }
    return base;
  }

  private static Map<String, Object> tableOptions(Class<?> type, TableOptions options) {
    Map<String, Object> result = new LinkedHashMap<>();
    if (options == null) {
      return result;
    }
    if (options.defaultTtl() >= 0) {
      result.put("default_time_to_live", options.defaultTtl());
    }
    if (options.gcGraceSeconds() >= 0) {
      result.put("gc_grace_seconds", options.gcGraceSeconds());
    }
    if (!options.comment().isEmpty()) {
      result.put("comment", options.comment());
    }
    putMap(type, result, "compaction", options.compaction());
    putMap(type, result, "compression", options.compression());
    putMap(type, result, "caching", options.caching());
    for (Map.Entry<String, String> other : pairs(type, "other", options.other()).entrySet()) {
      String value = other.getValue();
      Object parsed;
      if (value.matches("-?\\d+")) {
        parsed = Integer.valueOf(value);
      } else if (value.matches("-?\\d*\\.\\d+")) {
        parsed = Double.valueOf(value);
      } else {
        parsed = value;
      }
      result.put(other.getKey(), parsed);
    }
    return result;
  }

  private static void putMap(Class<?> type, Map<String, Object> result, String option, String[] entries) {
    if (entries.length > 0) {
      result.put(option, pairs(type, option, entries));
    }
  }

  private static Map<String, String> pairs(Class<?> type, String option, String[] entries) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String entry : entries) {
      int equals = entry.indexOf('=');
      if (equals < 1) {
        throw new EntityDefinitionException(type, "@TableOptions " + option + " entry '" + entry + "': write key=value");
      }
      map.put(entry.substring(0, equals).trim(), entry.substring(equals + 1).trim());
    }
    return map;
  }

  public static MethodHandles.Lookup lookupIn(Class<?> type) {
    try {
      return MethodHandles.privateLookupIn(type, MethodHandles.lookup());
    } catch (IllegalAccessException e) {
      throw new EntityDefinitionException(type, "its package is not open to coodie4j: add 'opens "
          + type.getPackageName() + "' to your module-info.java", e);
    }
  }

  public static List<Property> recordProperties(Class<?> type, MethodHandles.Lookup lookup) {
    List<Property> properties = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      try {
        MethodHandle getter = lookup.unreflect(component.getAccessor())
            .asType(MethodType.methodType(component.getType(), Object.class));
        properties.add(new Property(component.getName(), component.getType(), component.getGenericType(), component,
            getter, null));
      } catch (IllegalAccessException e) {
        throw new EntityDefinitionException(type, "cannot read component '" + component.getName() + "'", e);
      }
    }
    return properties;
  }

  private static List<Property> classProperties(Class<?> type, MethodHandles.Lookup lookup) {
    List<Class<?>> hierarchy = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      hierarchy.add(0, c);
    }
    Map<String, Property> properties = new LinkedHashMap<>();
    for (Class<?> declaring : hierarchy) {
      MethodHandles.Lookup declaringLookup = declaring == type ? lookup : lookupIn(declaring);
      for (Field field : declaring.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
          continue;
        }
        if (properties.containsKey(field.getName())) {
          throw new EntityDefinitionException(type, "field '" + field.getName() + "' of " + declaring.getName()
              + " hides a field of a superclass: rename one of them");
        }
        properties.put(field.getName(), classProperty(type, declaring, declaringLookup, field));
      }
    }
    return List.copyOf(properties.values());
  }

  private static Property classProperty(Class<?> type, Class<?> declaring, MethodHandles.Lookup lookup, Field field) {
    String name = field.getName();
    String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    try {
      Method getterMethod = publicMethod(declaring, "get" + capitalized);
      if (getterMethod == null && (field.getType() == boolean.class || field.getType() == Boolean.class)) {
        getterMethod = publicMethod(declaring, "is" + capitalized);
      }
      MethodHandle getter = getterMethod != null && getterMethod.getReturnType() == field.getType()
          ? lookup.unreflect(getterMethod)
          : lookup.unreflectGetter(field);
      MethodHandle setter;
      Method setterMethod = publicMethod(declaring, "set" + capitalized, field.getType());
      if (setterMethod != null) {
        setter = lookup.unreflect(setterMethod);
      } else if (Modifier.isFinal(field.getModifiers()) && !field.isAnnotationPresent(Transient.class)) {
        throw new EntityDefinitionException(type, "property '" + name + "' is final and has no setter, so rows "
            + "cannot be read into it: make the field non-final, add a setter, use a record, or mark it @Transient");
      } else {
        setter = Modifier.isFinal(field.getModifiers()) ? null : lookup.unreflectSetter(field);
      }
      return new Property(name, field.getType(), field.getGenericType(), field, getter.asType(MethodType.methodType(field.getType(), Object.class)),
          setter == null ? null : setter.asType(MethodType.methodType(void.class, Object.class, field.getType())));
    } catch (IllegalAccessException e) {
      throw new EntityDefinitionException(type, "cannot access property '" + name + "'", e);
    }
  }

  private static Method publicMethod(Class<?> declaring, String name, Class<?>... parameters) {
    try {
      Method method = declaring.getDeclaredMethod(name, parameters);
      return Modifier.isStatic(method.getModifiers()) ? null : method;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** The column of a property; its binding type goes into {@code bindings}, by property name. */
  private static ColumnModel column(Class<?> type, Property property, NamingStrategy naming, Map<String, Type> bindings) {
    PartitionKey partitionKey = property.annotation(PartitionKey.class);
    ClusteringKey clusteringKey = property.annotation(ClusteringKey.class);
    boolean isStatic = property.has(Static.class);
    String where = "property '" + property.name() + "'";
    if (partitionKey != null && clusteringKey != null) {
      throw new EntityDefinitionException(type, where
          + " has both @PartitionKey and @ClusteringKey: a column is either in the partition key or a clustering column");
    }
    if (isStatic && (partitionKey != null || clusteringKey != null)) {
      throw new EntityDefinitionException(type, where
          + " is @Static and part of the primary key: only regular columns can be static");
    }
    Column column = property.annotation(Column.class);
    String name = column == null ? naming.columnName(property.name()) : column.value();
    if (name.isBlank()) {
      throw new EntityDefinitionException(type, where + " has an empty @Column name: give a name or remove @Column");
    }
    TypeRules.Resolved resolved = TypeRules.resolve(TypeRules.Candidate.of(type, where, property,
        partitionKey != null || clusteringKey != null));
    DataType cqlType = resolved.cqlType();
    Type bindingType = resolved.bindingType();
    ColumnKind kind = partitionKey != null ? ColumnKind.PARTITION_KEY
        : clusteringKey != null ? ColumnKind.CLUSTERING
        : isStatic ? ColumnKind.STATIC
        : ColumnKind.REGULAR;
    int position = partitionKey != null ? partitionKey.value() : clusteringKey != null ? clusteringKey.value() : -1;
    ClusteringOrder order = clusteringKey != null ? clusteringKey.order() : ClusteringOrder.ASC;
    Optional<IndexModel> index = Optional.ofNullable(property.annotation(Index.class))
        .map(declared -> indexModel(type, where, declared, cqlType));
    if (cqlType instanceof CollectionType collection && !collection.frozen() && kind.isPrimaryKey()) {
      throw new EntityDefinitionException(type, where + " is a primary key column holding a collection: key "
          + "collections must be frozen; add @Frozen");
    }
    bindings.put(property.name(), bindingType);
    return new ColumnModel(property.name(), name, cqlType, property.type(), property.genericType(), kind, position,
        order, index);
  }

  private static IndexModel indexModel(Class<?> type, String where, Index index, DataType cqlType) {
    boolean multiCell = cqlType instanceof CollectionType c && !c.frozen();
    boolean map = multiCell && ((CollectionType) cqlType).kind() == CollectionType.Kind.MAP;
    boolean fits = switch (index.target()) {
      case COLUMN -> true;
      case KEYS, ENTRIES -> map;
      case VALUES -> multiCell;
      case FULL -> cqlType instanceof CollectionType c && c.frozen();
    };
    if (!fits) {
      throw new EntityDefinitionException(type, where + " is " + cqlType.cql() + ", which an index on " + index.target()
          + " cannot target: KEYS and ENTRIES need a map, VALUES a collection, FULL a frozen collection");
    }
    Map<String, String> options = new LinkedHashMap<>();
    for (String option : index.options()) {
      int equals = option.indexOf('=');
      if (equals < 1) {
        throw new EntityDefinitionException(type, where + " has index option '" + option + "': write key=value");
      }
      options.put(option.substring(0, equals).trim(), option.substring(equals + 1).trim());
    }
    return new IndexModel(index.name(), index.target(), index.using(), options);
  }

  private static final Map<Class<?>, CollectionType.Kind> COLLECTIONS = Map.of(
      List.class, CollectionType.Kind.LIST, Set.class, CollectionType.Kind.SET, Map.class, CollectionType.Kind.MAP,
      java.util.SortedSet.class, CollectionType.Kind.SET, java.util.SortedMap.class, CollectionType.Kind.MAP);

  /** The CQL type of a List, Set or Map, nested collections frozen. */
  static CollectionType collectionType(Class<?> type, String where, Type generic, boolean frozen) {
    if (!(generic instanceof ParameterizedType parameterized)
        || !(parameterized.getRawType() instanceof Class<?> raw) || !COLLECTIONS.containsKey(raw)) {
      throw new EntityDefinitionException(type, where + " is a raw " + generic.getTypeName()
          + ": give its element types, such as List<String> or Map<String, Integer>");
    }
    Type[] arguments = parameterized.getActualTypeArguments();
    CollectionType.Kind kind = COLLECTIONS.get(raw);
    DataType element = elementType(type, where, arguments[0]);
    DataType value = kind == CollectionType.Kind.MAP ? elementType(type, where, arguments[1]) : null;
    return new CollectionType(kind, element, value, frozen);
  }

  static DataType elementType(Class<?> type, String where, Type element) {
    if (element instanceof Class<?> c && DEFAULT_TYPES.containsKey(c) && c != byte[].class && c != CqlDuration.class) {
      return DEFAULT_TYPES.get(c);
    }
    if (element instanceof Class<?> c && c.isEnum()) {
      return ScalarType.TEXT;
    }
    if (element instanceof Class<?> c && c.isAnnotationPresent(UserType.class)) {
      return UserTypes.type(type, where, c, true);
    }
    if (element instanceof Class<?> c && c.isAnnotationPresent(CqlTuple.class)) {
      return Tuples.type(type, where, c);
    }
    if (element instanceof Class<?> c && Converters.forType(type, where, c) != null) {
      ScalarType stored = DEFAULT_TYPES.get(Converters.forType(type, where, c).columnType());
      if (stored == null) {
        throw new EntityDefinitionException(type, where + " holds " + c.getName() + ", whose converter stores a type"
            + " with no CQL mapping");
      }
      return stored;
    }
    if (element instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw && COLLECTIONS.containsKey(raw)) {
      return collectionType(type, where, element, true);
    }
    throw new EntityDefinitionException(type, where + " has element type " + element.getTypeName()
        + ", which a collection cannot hold: use a scalar type such as String, Integer, UUID, Instant or ByteBuffer,"
        + " or a nested List, Set or Map");
  }

  private static List<ColumnModel> validateAndOrder(Class<?> type, String table, List<ColumnModel> columns) {
    Map<String, String> propertyByColumn = new HashMap<>();
    for (ColumnModel column : columns) {
      String previous = propertyByColumn.putIfAbsent(column.name(), column.property());
      if (previous != null) {
        throw new EntityDefinitionException(type, "properties '" + previous + "' and '" + column.property()
            + "' both map to column \"" + column.name() + "\": give one of them another @Column name");
      }
    }
    List<ColumnModel> partitionKey = keyColumns(type, columns, ColumnKind.PARTITION_KEY, "@PartitionKey");
    if (partitionKey.isEmpty()) {
      throw new EntityDefinitionException(type,
          "has no partition key: annotate the property (or properties) that identify a partition with @PartitionKey");
    }
    List<ColumnModel> clustering = keyColumns(type, columns, ColumnKind.CLUSTERING, "@ClusteringKey");
    List<ColumnModel> others = columns.stream().filter(c -> !c.kind().isPrimaryKey()).toList();
    for (ColumnModel column : others) {
      if (column.kind() == ColumnKind.STATIC && clustering.isEmpty()) {
        throw new EntityDefinitionException(type, "property '" + column.property()
            + "' is @Static but the table has no clustering column: static columns need a @ClusteringKey");
      }
    }
    boolean counters = others.stream().anyMatch(c -> c.type() == ScalarType.COUNTER);
    if (counters && others.stream().anyMatch(c -> c.type() != ScalarType.COUNTER)) {
      throw new EntityDefinitionException(type, "mixes counter columns " + others.stream()
          .filter(c -> c.type() == ScalarType.COUNTER).map(ColumnModel::property).toList() + " with other columns "
          + others.stream().filter(c -> c.type() != ScalarType.COUNTER).map(ColumnModel::property).toList()
          + ": Cassandra keeps counters in tables of their own; move the counters to another entity");
    }
    for (ColumnModel key : partitionKey) {
      requireNotCounter(type, key);
    }
    for (ColumnModel key : clustering) {
      requireNotCounter(type, key);
    }
    List<ColumnModel> ordered = new ArrayList<>(partitionKey);
    ordered.addAll(clustering);
    ordered.addAll(others);
    List<ColumnModel> withIndexNames = new ArrayList<>(ordered.size());
    for (ColumnModel column : ordered) {
      if (column.index().isPresent()) {
        if (column.kind() == ColumnKind.PARTITION_KEY && partitionKey.size() == 1) {
          throw new EntityDefinitionException(type, "property '" + column.property()
              + "' is the only partition key column and cannot have a secondary index: query it by key instead");
        }
        IndexModel index = column.index().get();
        String name = index.name().isEmpty() ? table + "_" + column.name() + "_idx" : index.name();
        column = new ColumnModel(column.property(), column.name(), column.type(), column.javaType(),
            column.genericType(), column.kind(), column.keyPosition(), column.order(),
            Optional.of(new IndexModel(name, index.target(), index.using(), index.options())));
      }
      withIndexNames.add(column);
    }
    return withIndexNames;
  }

  private static void requireNotCounter(Class<?> type, ColumnModel key) {
    if (key.type() == ScalarType.COUNTER) {
      throw new EntityDefinitionException(type, "property '" + key.property()
          + "' is a counter in the primary key: counters can only be regular columns");
    }
  }

  private static List<ColumnModel> keyColumns(Class<?> type, List<ColumnModel> columns, ColumnKind kind, String annotation) {
    List<ColumnModel> keys = columns.stream()
        .filter(c -> c.kind() == kind)
        .sorted(Comparator.comparingInt(ColumnModel::keyPosition))
        .toList();
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).keyPosition() != i) {
        throw new EntityDefinitionException(type, annotation + " positions must be 0.." + (keys.size() - 1)
            + " without gaps or repeats, found " + keys.stream()
            .map(c -> c.property() + "=" + c.keyPosition()).collect(Collectors.joining(", "))
            + ": renumber them in key order");
      }
    }
    return keys;
  }
}
