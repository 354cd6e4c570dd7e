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
  private final ColumnDecoders decoders;
  private final ProtocolVersion protocol;
  private final Codecs registry;
  private Row row;
  // by-name reads resolved for one set of column definitions, names and Java types: the column indexes and codecs
  private ColumnDefinitions resolvedFor;
  private List<String> resolvedNames;
  private List<Type> resolvedTypes;
  private int[] resolvedIndexes;
  private ColumnDecoders resolvedDecoders;

  DataStaxResultPage(AsyncResultSet resultSet, ColumnDecoders decoders, ProtocolVersion protocol, Codecs registry) {
    this.resultSet = resultSet;
    this.rows = resultSet.currentPage().iterator();
    this.decoders = decoders;
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
    if (definitions != resolvedFor || !same(names, resolvedNames) || !same(javaTypes, resolvedTypes)) {
      resolve(definitions, names, javaTypes);
    }
    int[] indexes = resolvedIndexes;
    ColumnDecoders byName = resolvedDecoders;
    Object[] values = new Object[indexes.length];
    for (int i = 0; i < values.length; i++) {
      if (indexes[i] >= 0) {
        values[i] = byName.get(current, indexes[i], i, protocol);
      }
    }
    return new DecodedValues(values);
  }

  /** Finds each name's column and codec once per page (the rows of a page share their definitions). */
  private void resolve(ColumnDefinitions definitions, List<String> names, List<Type> javaTypes) {
    int[] indexes = new int[names.size()];
    TypeCodec<Object>[] found = ColumnDecoders.newArray(names.size());
    for (int i = 0; i < indexes.length; i++) {
      int index = definitions.firstIndexOf(CqlIdentifier.fromInternal(names.get(i)));
      indexes[i] = index;
      if (index >= 0) {
        found[i] = registry.find(definitions.get(index).getType(), javaTypes.get(i));
        if (found[i] == null) {
          throw new CoodieException("column \"" + names.get(i) + "\" is "
              + definitions.get(index).getType().asCql(false, true) + ", which Java type "
              + javaTypes.get(i).getTypeName() + " cannot hold");
        }
      }
    }
    resolvedFor = definitions;
    resolvedNames = names;
    resolvedTypes = javaTypes;
    resolvedIndexes = indexes;
    resolvedDecoders = new ColumnDecoders(found);
  }

  private static boolean same(List<?> given, List<?> resolved) {
    return given == resolved || given.equals(resolved);
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
    return Failures.wrap(resultSet.fetchNextPage(), () -> "fetching the next page of rows",
        next -> new DataStaxResultPage(next, decoders, protocol, registry));
  }

  @Override
  public boolean isNull(int index) {
    return row.isNull(index);
  }

  @Override
  public Object get(int index) {
    return decoders.get(row, index, index, protocol);
  }

  @Override
  public int getInt(int index) {
    return decoders.getInt(row, index, index, protocol);
  }

  @Override
  public long getLong(int index) {
    return decoders.getLong(row, index, index, protocol);
  }

  @Override
  public double getDouble(int index) {
    return decoders.getDouble(row, index, index, protocol);
  }

  @Override
  public float getFloat(int index) {
    return decoders.getFloat(row, index, index, protocol);
  }

  @Override
  public boolean getBoolean(int index) {
    return decoders.getBoolean(row, index, index, protocol);
  }
}
