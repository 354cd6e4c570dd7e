package dev.coodie4j.driver.datastax;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.ColumnDefinition;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodecs;
import dev.coodie4j.CoodieException;
import dev.coodie4j.spi.Binding;
import dev.coodie4j.spi.PreparedCql;
import dev.coodie4j.spi.StatementSpec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveBooleanCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveDoubleCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveFloatCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveIntCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveLongCodec;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.function.Supplier;
import java.util.List;

/** A prepared statement with one codec per bind variable and per result column, resolved here once. */
final class DataStaxPrepared implements PreparedCql {
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
  private final StatementSpec spec;
  private final PreparedStatement statement;
  private final CqlSession session;
  private final ProtocolVersion protocol;
  private final TypeCodec<Object>[] variableCodecs;
  private final ColumnDecoders resultDecoders;
  private final Codecs codecs;
  /** What a failure of this statement says was being done, built once rather than per execution. */
  private final Supplier<String> running;

  DataStaxPrepared(StatementSpec spec, PreparedStatement statement, Codecs codecs, CqlSession session) {
    this.spec = spec;
    String running = Failures.running(spec.cql());
    this.running = () -> running;
    this.statement = statement;
    this.session = session;
    this.protocol = session.getContext().getProtocolVersion();
    this.codecs = codecs;
    this.variableCodecs = resolve(spec, "bind variable", statement.getVariableDefinitions(), spec.variableTypes(), codecs);
    // rows of a statement given no result types are read by name (raw CQL)
    this.resultDecoders = spec.resultTypes().isEmpty()
        ? ColumnDecoders.NONE
        : new ColumnDecoders(resolve(spec, "result column", statement.getResultSetDefinitions(), spec.resultTypes(),
            codecs));
  }

  private static TypeCodec<Object>[] resolve(StatementSpec spec, String role, ColumnDefinitions definitions,
      List<Type> javaTypes, Codecs codecs) {
    if (definitions.size() != javaTypes.size()) {
      throw new CoodieException("statement " + spec.cql() + " has " + definitions.size() + " " + role + "s but "
          + javaTypes.size() + " Java types were given");
    }
    TypeCodec<Object>[] resolved = ColumnDecoders.newArray(javaTypes.size());
    for (int i = 0; i < resolved.length; i++) {
      ColumnDefinition definition = definitions.get(i);
      resolved[i] = codecs.find(definition.getType(), javaTypes.get(i));
      if (resolved[i] == null) {
        throw new CoodieException("column \"" + definition.getName().asInternal() + "\" of "
            + definition.getKeyspace().asInternal() + "." + definition.getTable().asInternal() + " is "
            + definition.getType().asCql(false, true) + " in the database, which Java type "
            + javaTypes.get(i).getTypeName() + " cannot hold: run sync, or change the property's type to match (statement: "
            + spec.cql() + ")");
      }
    }
    return resolved;
  }

  @Override
  public StatementSpec spec() {
    return spec;
  }

  /** "running '<cql>'", for failures of this statement. */
  Supplier<String> running() {
    return running;
  }

  /**
   * A setter with the variable's codec bound in as the receiver of its {@code encode}: inlined into a statement
   * writer, the codec is a constant and its call a direct one, where {@link DataStaxBinding#set} calls every codec
   * from one site. A binding of another statement is set through its own setters.
   */
  @Override
  public MethodHandle setter(int index, Class<?> valueType) {
    MethodHandle general = PreparedCql.super.setter(index, valueType);
    MethodHandle encode = encoder(index, valueType); // (valueType)ByteBuffer
    if (encode == null) {
      return general;
    }
    MethodHandle own = MethodHandles.filterArguments(MethodHandles.insertArguments(SET_BYTES, 1, index), 1, encode);
    MethodHandle isOwn = MethodHandles.dropArguments(IS_OWN.bindTo(this), 1, valueType);
    return MethodHandles.guardWithTest(isOwn, own, general);
  }

  /** The variable's codec as a handle of type {@code (valueType)ByteBuffer}; null if it has no such encoder. */
  private MethodHandle encoder(int index, Class<?> valueType) {
    TypeCodec<Object> codec = variableCodecs[index];
    if (valueType == Object.class) { // the codec is the receiver, a constant once a writer inlines the handle
      MethodHandle encode = MethodHandles.insertArguments(
          codec == (Object) TypeCodecs.TEXT ? ENCODE_TEXT : CODEC_ENCODE.bindTo(codec), 1, protocol);
      return MethodHandles.catchException(encode, RuntimeException.class,
          MethodHandles.insertArguments(ENCODE_FAILED, 0, this, index));
    }
    Class<?> primitiveCodec = PRIMITIVE_CODECS.get(valueType);
    if (primitiveCodec == null || !primitiveCodec.isInstance(codec)) {
      return null;
    }
    try {
      MethodHandle encodePrimitive = LOOKUP.findVirtual(primitiveCodec, "encodePrimitive",
          MethodType.methodType(ByteBuffer.class, valueType, ProtocolVersion.class));
      return MethodHandles.insertArguments(encodePrimitive.bindTo(codec), 1, protocol);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final Map<Class<?>, Class<?>> PRIMITIVE_CODECS = Map.of(int.class, PrimitiveIntCodec.class,
      long.class, PrimitiveLongCodec.class, double.class, PrimitiveDoubleCodec.class, float.class,
      PrimitiveFloatCodec.class, boolean.class, PrimitiveBooleanCodec.class);

  private static ByteBuffer encodeFailed(DataStaxPrepared prepared, int index, RuntimeException failure,
      Object value) {
    throw prepared.encodeFailure(index, value, failure);
  }

  private static boolean isOwn(DataStaxPrepared prepared, Binding binding) {
    return binding instanceof DataStaxBinding own && own.statement() == prepared;
  }

  private static void setBytes(Binding binding, int index, ByteBuffer bytes) {
    ((DataStaxBinding) binding).setBytes(index, bytes);
  }

  private static final MethodHandle CODEC_ENCODE;
  private static final MethodHandle ENCODE_TEXT;
  private static final MethodHandle ENCODE_FAILED;
  private static final MethodHandle IS_OWN;
  private static final MethodHandle SET_BYTES;

  static {
    try {
      CODEC_ENCODE = LOOKUP.findVirtual(TypeCodec.class, "encode", MethodType.methodType(ByteBuffer.class,
          Object.class, ProtocolVersion.class));
      ENCODE_TEXT = LOOKUP.findStatic(Utf8Text.class, "encode", MethodType.methodType(ByteBuffer.class,
          Object.class, ProtocolVersion.class));
      ENCODE_FAILED = LOOKUP.findStatic(DataStaxPrepared.class, "encodeFailed", MethodType.methodType(
          ByteBuffer.class, DataStaxPrepared.class, int.class, RuntimeException.class, Object.class));
      IS_OWN = LOOKUP.findStatic(DataStaxPrepared.class, "isOwn", MethodType.methodType(boolean.class,
          DataStaxPrepared.class, Binding.class));
      SET_BYTES = LOOKUP.findStatic(DataStaxPrepared.class, "setBytes", MethodType.methodType(void.class,
          Binding.class, int.class, ByteBuffer.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Override
  public Binding bind() {
    return new DataStaxBinding(this, statement.boundStatementBuilder().setIdempotence(spec.idempotent()));
  }

  int variableCount() {
    return variableCodecs.length;
  }

  CqlSession session() {
    return session;
  }

  ProtocolVersion protocol() {
    return protocol;
  }

  TypeCodec<Object> variableCodec(int index) {
    return variableCodecs[index];
  }

  Codecs codecs() {
    return codecs;
  }

  /** Why a value cannot be bound to variable {@code index}, naming its column, the value and what is needed. */
  CoodieException encodeFailure(int index, Object value, RuntimeException failure) {
    ColumnDefinition variable = statement.getVariableDefinitions().get(index);
    String column = "column \"" + variable.getName().asInternal() + "\" of " + variable.getKeyspace().asInternal() + "."
        + variable.getTable().asInternal();
    return new CoodieException(cannotHold(column, variable.getType(), value, failure) + " (statement: " + spec.cql()
        + ")", failure);
  }

  /**
   * Why {@code place} (a column, a field of a user type) of {@code type} cannot hold {@code value}, as its codec
   * refused it with {@code failure}, and what to do.
   */
  static String cannotHold(String place, DataType type, Object value, RuntimeException failure) {
    String shown = ValueText.show(value);
    int lone = value instanceof String text ? ValueText.loneSurrogate(text) : -1;
    if (type.equals(DataTypes.ASCII)) {
      return place + " is ascii and cannot hold " + shown + ", which has non-ASCII characters: keep to US-ASCII, or "
          + "store the property as text (drop @ColumnType(ScalarType.ASCII) and migrate the column)";
    }
    if (lone >= 0) {
      return place + " is " + type.asCql(false, true) + " and cannot hold " + shown + ": its character "
          + ValueText.unicode(((String) value).charAt(lone)) + " at index " + lone + " is half of a surrogate pair, "
          + "which UTF-8 cannot encode; pair it or remove it";
    }
    if (type.equals(DataTypes.TIMEUUID) && value instanceof java.util.UUID uuid) {
      return place + " is timeuuid and needs a time-based (version 1) UUID, but " + shown + " is version "
          + uuid.version() + ": create it with com.datastax.oss.driver.api.core.uuid.Uuids.timeBased(), or map the "
          + "property as uuid";
    }
    return place + " is " + type.asCql(false, true) + " and cannot hold " + shown + ": " + failure.getMessage();
  }

  ColumnDecoders resultDecoders() {
    return resultDecoders;
  }
}
