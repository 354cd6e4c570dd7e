package dev.coodie4j.internal.metadata;

import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.annotation.ColumnType;
import dev.coodie4j.annotation.Convert;
import dev.coodie4j.annotation.CqlTuple;
import dev.coodie4j.annotation.Frozen;
import dev.coodie4j.annotation.Json;
import dev.coodie4j.annotation.UserType;
import dev.coodie4j.annotation.Vector;
import dev.coodie4j.internal.access.Property;
import dev.coodie4j.schema.DataType;
import dev.coodie4j.schema.ScalarType;
import dev.coodie4j.schema.VectorType;
import dev.coodie4j.spi.ConvertedType;
import dev.coodie4j.types.ColumnConverter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * How a property's CQL type and binding type follow from its Java type and annotations: an ordered table of rules,
 * the first that applies decides. A new kind of column is one more rule here.
 */
public final class TypeRules {
  /** A property being mapped, with the annotations the rules read. */
  record Candidate(Class<?> entity, String where, Property property, boolean primaryKey,
      ColumnConverter<Object, Object> converter) {
    /** A candidate with its converter, if any, found once. */
    static Candidate of(Class<?> entity, String where, Property property, boolean primaryKey) {
      ColumnConverter<Object, Object> converter = property.has(Convert.class)
          ? Converters.instance(entity, where, property.annotation(Convert.class).value())
          : Converters.forType(entity, where, property.type());
      return new Candidate(entity, where, property, primaryKey, converter);
    }

    ColumnType override() {
      return property.annotation(ColumnType.class);
    }

    boolean frozen() {
      return property.has(Frozen.class);
    }

    Vector vector() {
      return property.annotation(Vector.class);
    }

    Json json() {
      return property.annotation(Json.class);
    }

    EntityDefinitionException refuse(String problem) {
      return new EntityDefinitionException(entity, where + problem);
    }
  }

  /** The column's CQL type and the Java type the driver binds and reads for it. */
  record Resolved(DataType cqlType, Type bindingType) {}

  private record Rule(String kind, Predicate<Candidate> applies, Function<Candidate, Resolved> resolve) {}

  private static final List<Rule> RULES = List.of(
      new Rule("converted or JSON", c -> c.json() != null || c.converter() != null, TypeRules::converted),
      new Rule("user type", c -> c.property().type().isAnnotationPresent(UserType.class), TypeRules::userType),
      new Rule("tuple", c -> c.property().type().isAnnotationPresent(CqlTuple.class), TypeRules::tuple),
      new Rule("vector", c -> c.vector() != null, TypeRules::vector),
      new Rule("collection", c -> EntityIntrospector.isCollection(c.property().type()), TypeRules::collection),
      new Rule("frozen scalar", Candidate::frozen, c -> {
        throw c.refuse(" is @Frozen but is a " + c.property().type().getName()
            + ": only List, Set and Map properties can be frozen; remove @Frozen");
      }),
      new Rule("enum", c -> c.property().type().isEnum(), TypeRules::enumeration),
      new Rule("scalar with @ColumnType", c -> c.override() != null, TypeRules::overridden),
      new Rule("scalar", c -> true, TypeRules::scalar));

  private TypeRules() {}

  /**
   * The type the driver binds and reads for a record component that receives a column outside an entity (a projection
   * or a raw-CQL row): the same as an entity property's, so converters and user types apply; the component's own type
   * when no rule maps it (a driver type such as {@code UdtValue}, or {@code Object}).
   */
  public static Type bindingType(Class<?> record, Property component) {
    try {
      return resolve(Candidate.of(record, "component '" + component.name() + "'", component, false)).bindingType();
    } catch (EntityDefinitionException unmapped) {
      Class<?> type = component.type();
      boolean asked = component.has(Convert.class) || component.has(Json.class) || component.has(Frozen.class)
          || component.has(Vector.class) || component.has(ColumnType.class)
          || type.isAnnotationPresent(dev.coodie4j.annotation.ConvertedBy.class)
          || type.isAnnotationPresent(UserType.class) || type.isAnnotationPresent(CqlTuple.class);
      if (asked) {
        throw unmapped; // what the component asks for cannot be done: say why, as for an entity's property
      }
      return component.genericType();
    }
  }

  static Resolved resolve(Candidate candidate) {
    for (Rule rule : RULES) {
      if (rule.applies().test(candidate)) {
        return rule.resolve().apply(candidate);
      }
    }
    throw new AssertionError("the last rule applies to every property");
  }

  private static Resolved converted(Candidate c) {
    Json json = c.json();
    ColumnConverter<Object, Object> converter = c.converter();
    if (json != null && converter != null) {
      throw c.refuse(" has both @Json and a converter: keep one");
    }
    if (c.vector() != null || c.frozen()) {
      throw c.refuse(" is converted, so @Vector and @Frozen do not apply");
    }
    ConvertedType converted = json != null
        ? Converters.json(c.entity(), c.where(), c.property().genericType(), json)
        : Converters.converted(c.property().genericType(), converter);
    ScalarType stored = EntityIntrospector.defaultType(converted.columnType());
    if (stored == null || converted.columnType() == byte[].class) {
      throw c.refuse(" is converted to " + converted.columnType().getName() + ", which has no CQL mapping: a "
          + "converter must store one of " + EntityIntrospector.mappedTypeNames());
    }
    ScalarType cqlType = c.override() == null ? stored : c.override().value();
    if (!cqlType.accepts(Primitives.box(converted.columnType()))) {
      throw c.refuse(" is stored as " + converted.columnType().getName() + ", which @ColumnType(" + cqlType
          + ") does not take");
    }
    return new Resolved(cqlType, converted);
  }

  private static Resolved userType(Candidate c) {
    if (c.override() != null || c.vector() != null) {
      throw c.refuse(" is a user type: @ColumnType and @Vector do not apply");
    }
    Class<?> type = c.property().type();
    return new Resolved(UserTypes.type(c.entity(), c.where(), type, c.frozen() || c.primaryKey()),
        Converters.bindingType(c.entity(), c.where(), type));
  }

  private static Resolved tuple(Candidate c) {
    if (c.override() != null || c.vector() != null) {
      throw c.refuse(" is a tuple: @ColumnType and @Vector do not apply");
    }
    Class<?> type = c.property().type();
    return new Resolved(Tuples.type(c.entity(), c.where(), type), Converters.bindingType(c.entity(), c.where(), type));
  }

  private static Resolved vector(Candidate c) {
    Property property = c.property();
    boolean floats = property.type() == float[].class || property.type() == List.class
        && property.genericType() instanceof ParameterizedType p && p.getActualTypeArguments()[0] == Float.class;
    if (!floats || c.override() != null || c.frozen()) {
      throw c.refuse(" is @Vector but is a " + property.genericType().getTypeName()
          + (c.override() != null || c.frozen() ? " with @ColumnType or @Frozen" : "") + ": a vector is a float[] or"
          + " a List<Float>, without other type annotations");
    }
    int dimension = c.vector().value();
    if (dimension < 1 || dimension > 8192) {
      throw c.refuse(" has @Vector(" + dimension + "): give a dimension between 1 and 8192");
    }
    return new Resolved(new VectorType(ScalarType.FLOAT, dimension), property.genericType());
  }

  private static Resolved collection(Candidate c) {
    if (c.override() != null) {
      throw c.refuse(" is a collection: @ColumnType applies to scalar properties");
    }
    Type generic = c.property().genericType();
    return new Resolved(EntityIntrospector.collectionType(c.entity(), c.where(), generic, c.frozen()),
        Converters.bindingType(c.entity(), c.where(), generic));
  }

  private static Resolved enumeration(Candidate c) {
    ScalarType scalar = c.override() == null ? ScalarType.TEXT : c.override().value();
    if (scalar != ScalarType.TEXT && scalar != ScalarType.ASCII && scalar != ScalarType.INT) {
      throw c.refuse(" is an enum, stored by name (text, the default, or ascii) or by ordinal "
          + "(@ColumnType(ScalarType.INT)), not as " + scalar);
    }
    return new Resolved(scalar, c.property().genericType());
  }

  private static Resolved overridden(Candidate c) {
    ScalarType scalar = c.override().value();
    Class<?> boxed = Primitives.box(c.property().type());
    if (!scalar.accepts(boxed)) {
      throw c.refuse(" of Java type " + c.property().type().getName() + " cannot be stored as " + scalar + ": "
          + scalar + " takes " + scalar.javaTypes().stream().map(Class::getSimpleName)
          .collect(Collectors.joining(" or ")) + "; change the property type or the @ColumnType");
    }
    return new Resolved(scalar, c.property().genericType());
  }

  private static Resolved scalar(Candidate c) {
    ScalarType scalar = EntityIntrospector.defaultType(Primitives.box(c.property().type()));
    if (scalar == null) {
      throw c.refuse(" has Java type " + c.property().type().getName() + ", which has no CQL mapping: use one of "
          + EntityIntrospector.mappedTypeNames() + " (or its primitive), List, Set or Map, or mark the property"
          + " @Transient");
    }
    return new Resolved(scalar, c.property().genericType());
  }
}
