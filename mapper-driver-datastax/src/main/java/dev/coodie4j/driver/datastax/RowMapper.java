package dev.coodie4j.driver.datastax;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.ColumnDefinition;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.spi.EntityAccess;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps rows of statements you run yourself on the DataStax driver to an entity, with coodie4j's mapping: columns
 * are matched to properties by name and their codecs resolved once, here; properties whose column the rows lack get
 * their Java default. Thread-safe; build one per statement shape and reuse it.
 *
 * <pre>{@code
 * RowMapper<Product> toProduct = RowMapper.of(mapper, Product.class, statement.getResultSetDefinitions());
 * Product product = toProduct.map(session.execute(statement.bind(id)).one());
 * }</pre>
 */
public final class RowMapper<T> {
  private static final MethodHandle IS_NULL; // (Row,int)boolean

  static {
    try {
      IS_NULL = MethodHandles.publicLookup().findVirtual(Row.class, "isNull",
          MethodType.methodType(boolean.class, int.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final EntityAccess.RowReader<Row, T> instantiator;
  private final Class<T> entityClass;
  /** The columns this mapper was built for. */
  private final ColumnDefinitions columns;
  /** The positions it reads in a row, with the column it expects at each. */
  private final int[] positions;
  /** Another row shape last found to hold the same columns at those positions; rows of it need no check. */
  private volatile ColumnDefinitions lastMatching;

  private RowMapper(EntityAccess.RowReader<Row, T> instantiator, Class<T> entityClass, ColumnDefinitions columns,
      int[] positions) {
    this.instantiator = instantiator;
    this.entityClass = entityClass;
    this.columns = columns;
    this.positions = positions;
    this.lastMatching = columns;
  }

  /** A mapper of rows with these columns (a prepared statement's result set definitions, or a row's) to the entity. */
  @SuppressWarnings("unchecked")
  public static <T> RowMapper<T> of(Mapper mapper, Class<T> entityClass, ColumnDefinitions columns) {
    DataStaxDriver driver = DataStaxDriver.of(mapper, "RowMapper");
    EntityAccess<T> mapping = EntityAccess.of(mapper, entityClass);
    List<ColumnModel> model = mapping.model().columns();
    List<Integer> modelColumns = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    List<TypeCodec<Object>> codecs = new ArrayList<>();
    for (int i = 0; i < model.size(); i++) {
      ColumnModel column = model.get(i);
      int position = columns.firstIndexOf(CqlIdentifier.fromInternal(column.name()));
      if (position < 0) {
        continue;
      }
      TypeCodec<Object> codec = driver.codecs().find(columns.get(position).getType(), mapping.bindingType(i));
      if (codec == null) {
        throw new CoodieException("column \"" + column.name() + "\" is " + columns.get(position).getType().asCql(false, true)
            + ", which " + entityClass.getSimpleName() + "." + column.property() + " ("
            + column.genericType().getTypeName() + ") cannot hold: change the property's type or the selected column");
      }
      modelColumns.add(i);
      positions.add(position);
      codecs.add(codec);
    }
    if (modelColumns.isEmpty()) {
      throw new CoodieException("the rows have none of the columns of " + entityClass.getSimpleName()
          + " (" + model.stream().map(ColumnModel::name).toList() + "): select its columns by their names");
    }
    ColumnDecoders decoders = new ColumnDecoders(codecs.toArray(ColumnDecoders.newArray(0)));
    ProtocolVersion protocol = driver.session().getContext().getProtocolVersion();
    MethodHandle[] columnReaders = new MethodHandle[positions.size()];
    MethodHandle[] nullTests = new MethodHandle[positions.size()];
    for (int i = 0; i < columnReaders.length; i++) {
      Class<?> propertyType = model.get(modelColumns.get(i)).javaType();
      columnReaders[i] = decoders.decoder(i, positions.get(i), protocol, propertyType);
      nullTests[i] = MethodHandles.insertArguments(IS_NULL, 1, positions.get(i));
    }
    return new RowMapper<>(mapping.reader(Row.class, modelColumns.stream().mapToInt(Integer::intValue).toArray(),
        columnReaders, nullTests), entityClass, columns, positions.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * The row as an entity. A row must have the columns this mapper was built for at the positions it read them from;
   * one that does not (another statement's row, columns in another order) is refused rather than mapped wrong.
   */
  public T map(Row row) {
    if (row == null) {
      throw new CoodieException("RowMapper.map was given no row: check for an empty result before mapping");
    }
    ColumnDefinitions shape = row.getColumnDefinitions();
    if (shape != columns && shape != lastMatching) {
      check(shape);
    }
    return instantiator.read(row);
  }

  private void check(ColumnDefinitions shape) {
    for (int position : positions) {
      ColumnDefinition expected = columns.get(position);
      if (position >= shape.size() || !shape.get(position).getName().equals(expected.getName())
          || !shape.get(position).getType().equals(expected.getType())) {
        String found = position >= shape.size() ? "no column" : "\"" + shape.get(position).getName().asInternal()
            + "\" " + shape.get(position).getType().asCql(false, true);
        throw new CoodieException("RowMapper of " + entityClass.getSimpleName() + " was built for rows with \""
            + expected.getName().asInternal() + "\" " + expected.getType().asCql(false, true) + " at position "
            + position + ", but this row has " + found + " there: build one RowMapper per statement, from its result "
            + "set definitions");
      }
    }
    lastMatching = shape;
  }
}
