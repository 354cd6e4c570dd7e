package dev.coodie4j.driver.datastax;

import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import dev.coodie4j.CoodieException;
import dev.coodie4j.spi.ColumnValues;
import dev.coodie4j.spi.ResultPage;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Iterator;
import java.util.concurrent.CompletionStage;

/** A page of rows decoded column by column with the codecs resolved at prepare time. */
final class DataStaxResultPage implements ResultPage {
  private final AsyncResultSet resultSet;
  private final Iterator<Row> rows;
  private final TypeCodec<Object>[] codecs;
  private final ProtocolVersion protocol;
  private final Codecs registry;
  private Row row;

  DataStaxResultPage(AsyncResultSet resultSet, TypeCodec<Object>[] codecs, ProtocolVersion protocol, Codecs registry) {
    this.resultSet = resultSet;
    this.rows = resultSet.currentPage().iterator();
    this.codecs = codecs;
    this.protocol = protocol;
    this.registry = registry;
  }

  @Override
  public boolean wasApplied() {
    return resultSet.wasApplied();
  }

  @Override
  public ColumnValues byName(List<String> names, List<Type> javaTypes) {
    Row current = row;
    ColumnDefinitions definitions = current.getColumnDefinitions();
    Object[] values = new Object[names.size()];
    for (int i = 0; i < values.length; i++) {
      int index = definitions.firstIndexOf(CqlIdentifier.fromInternal(names.get(i)));
      if (index >= 0) {
        TypeCodec<Object> codec = registry.find(definitions.get(index).getType(), javaTypes.get(i));
        if (codec == null) {
          throw new CoodieException("column \"" + names.get(i) + "\" is " + definitions.get(index).getType().asCql(false, true)
              + ", which Java type " + javaTypes.get(i).getTypeName() + " cannot hold");
        }
        values[i] = RowDecoding.get(current, index, codec, protocol);
      }
    }
    return new DecodedValues(values);
  }

  @Override
  public boolean nextRow() {
    if (rows.hasNext()) {
      row = rows.next();
      return true;
    }
    row = null;
    return false;
  }

  @Override
  public List<String> columnNames() {
    List<String> names = new java.util.ArrayList<>();
    resultSet.getColumnDefinitions().forEach(d -> names.add(d.getName().asInternal()));
    return names;
  }

  @Override
  public byte[] pagingState() {
    java.nio.ByteBuffer state = resultSet.getExecutionInfo().getPagingState();
    if (state == null) {
      return null;
    }
    byte[] bytes = new byte[state.remaining()];
    state.duplicate().get(bytes);
    return bytes;
  }

  @Override
  public boolean hasMorePages() {
    return resultSet.hasMorePages();
  }

  @Override
  public int rowsInPage() {
    return resultSet.remaining();
  }

  @Override
  public CompletionStage<ResultPage> nextPage() {
    return Failures.wrap(resultSet.fetchNextPage(), "fetching the next page of rows").thenApply(next -> new DataStaxResultPage(next, codecs, protocol, registry));
  }

  @Override
  public boolean isNull(int index) {
    return row.isNull(index);
  }

  @Override
  public Object get(int index) {
    return RowDecoding.get(row, index, codecs[index], protocol);
  }

  @Override
  public int getInt(int index) {
    return RowDecoding.getInt(row, index, codecs[index], protocol);
  }

  @Override
  public long getLong(int index) {
    return RowDecoding.getLong(row, index, codecs[index], protocol);
  }

  @Override
  public double getDouble(int index) {
    return RowDecoding.getDouble(row, index, codecs[index], protocol);
  }

  @Override
  public float getFloat(int index) {
    return RowDecoding.getFloat(row, index, codecs[index], protocol);
  }

  @Override
  public boolean getBoolean(int index) {
    return RowDecoding.getBoolean(row, index, codecs[index], protocol);
  }
}
