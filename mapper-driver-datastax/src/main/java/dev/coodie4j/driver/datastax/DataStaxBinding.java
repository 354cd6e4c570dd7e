package dev.coodie4j.driver.datastax;

import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveBooleanCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveDoubleCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveFloatCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveIntCodec;
import com.datastax.oss.driver.api.core.type.codec.PrimitiveLongCodec;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.TokenMap;
import dev.coodie4j.spi.Binding;
import java.util.Optional;
import java.util.Set;
import dev.coodie4j.spi.ExecutionOptions;
import java.nio.ByteBuffer;
import dev.coodie4j.spi.ResultPage;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Encodes each value with the codec resolved at prepare time, straight into the bound statement's buffers. */
final class DataStaxBinding implements Binding {
  private final DataStaxPrepared prepared;
  private final BoundStatementBuilder builder;
  private final ProtocolVersion protocol;

  DataStaxBinding(DataStaxPrepared prepared, BoundStatementBuilder builder) {
    this.prepared = prepared;
    this.builder = builder;
    this.protocol = prepared.protocol();
  }

  @Override
  public DataStaxPrepared statement() {
    return prepared;
  }

  /** Sets a variable's encoded value: called from a setter handle that has the variable's codec bound in. */
  void setBytes(int index, ByteBuffer bytes) {
    builder.setBytesUnsafe(index, bytes);
  }

  @Override
  public void set(int index, Object value) {
    ByteBuffer bytes;
    try {
      bytes = Utf8Text.encode(prepared.variableCodec(index), value, protocol);
    } catch (RuntimeException e) {
      throw prepared.encodeFailure(index, value, e);
    }
    builder.setBytesUnsafe(index, bytes);
  }

  @Override
  public void setInt(int index, int value) {
    Object codec = prepared.variableCodec(index);
    if (codec instanceof PrimitiveIntCodec primitive) {
      builder.setBytesUnsafe(index, primitive.encodePrimitive(value, protocol));
    } else {
      set(index, value);
    }
  }

  @Override
  public void setLong(int index, long value) {
    Object codec = prepared.variableCodec(index);
    if (codec instanceof PrimitiveLongCodec primitive) {
      builder.setBytesUnsafe(index, primitive.encodePrimitive(value, protocol));
    } else {
      set(index, value);
    }
  }

  @Override
  public void setDouble(int index, double value) {
    Object codec = prepared.variableCodec(index);
    if (codec instanceof PrimitiveDoubleCodec primitive) {
      builder.setBytesUnsafe(index, primitive.encodePrimitive(value, protocol));
    } else {
      set(index, value);
    }
  }

  @Override
  public void setFloat(int index, float value) {
    Object codec = prepared.variableCodec(index);
    if (codec instanceof PrimitiveFloatCodec primitive) {
      builder.setBytesUnsafe(index, primitive.encodePrimitive(value, protocol));
    } else {
      set(index, value);
    }
  }

  @Override
  public void setBoolean(int index, boolean value) {
    Object codec = prepared.variableCodec(index);
    if (codec instanceof PrimitiveBooleanCodec primitive) {
      builder.setBytesUnsafe(index, primitive.encodePrimitive(value, protocol));
    } else {
      set(index, value);
    }
  }

  @Override
  public void setNull(int index) {
    builder.setBytesUnsafe(index, null);
  }

  /** The replicas the driver's token map gives the partition key set, as the set of nodes it returns. */
  @Override
  public Object replicaSet() {
    BoundStatement bound = builder.build();
    ByteBuffer key = bound.getRoutingKey();
    CqlIdentifier keyspace = bound.getRoutingKeyspace();
    if (key == null || keyspace == null) {
      return null;
    }
    Optional<TokenMap> tokens = prepared.session().getMetadata().getTokenMap();
    if (tokens.isEmpty()) {
      return null;
    }
    Set<Node> replicas = tokens.get().getReplicas(keyspace, key);
    return replicas.isEmpty() ? null : replicas;
  }

  @Override
  public int valueBytes() {
    int bytes = 0;
    for (int i = 0, n = prepared.variableCount(); i < n; i++) {
      if (builder.isSet(i)) {
        ByteBuffer value = builder.getBytesUnsafe(i);
        bytes += value == null ? 0 : value.remaining();
      }
    }
    return bytes;
  }

  /** The statement as it will be sent. */
  BoundStatement boundStatement() {
    return builder.build();
  }

  @Override
  public CompletionStage<ResultPage> execute(ExecutionOptions options) {
    return execute(options, page -> page);
  }

  /** Maps the page in the stage that translates the driver's failures: one completion per request, one object. */
  @Override
  public <R> CompletionStage<R> execute(ExecutionOptions options, Function<? super ResultPage, ? extends R> then) {
    if (options != ExecutionOptions.DEFAULTS) {
      apply(options);
    }
    return prepared.session().executeAsync(boundStatement()).toCompletableFuture()
        .handle(new FirstPage<>(prepared, then));
  }

  /** Maps the first page, or translates the driver's failure: the one stage a request adds, as one object. */
  private record FirstPage<R>(DataStaxPrepared prepared, Function<? super ResultPage, ? extends R> then)
      implements BiFunction<AsyncResultSet, Throwable, R> {
    @Override
    public R apply(AsyncResultSet rows, Throwable failure) {
      if (failure != null) {
        throw Failures.translated(failure, prepared.running().get());
      }
      return then.apply(
          new DataStaxResultPage(rows, prepared.resultDecoders(), prepared.protocol(), prepared.codecs()));
    }
  }

  void apply(ExecutionOptions options) {
    if (options.consistency() != null) {
      builder.setConsistencyLevel(DefaultConsistencyLevel.valueOf(options.consistency().name()));
    }
    if (options.serialConsistency() != null) {
      builder.setSerialConsistencyLevel(DefaultConsistencyLevel.valueOf(options.serialConsistency().name()));
    }
    if (options.timeout() != null) {
      builder.setTimeout(options.timeout());
    }
    if (options.pageSize() > 0) {
      builder.setPageSize(options.pageSize());
    }
    if (options.pagingState() != null) {
      builder.setPagingState(ByteBuffer.wrap(options.pagingState()));
    }
  }
}
