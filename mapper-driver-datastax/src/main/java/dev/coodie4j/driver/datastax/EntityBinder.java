package dev.coodie4j.driver.datastax;

import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.spi.EntityAccess;
import dev.coodie4j.spi.StatementSpec;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds an entity into a statement you prepared yourself on the DataStax driver, with coodie4j's mapping: each bind
 * variable takes the property of the column it is named after, encoded with a codec resolved once, here. Null
 * properties leave their variable unset, so they write no tombstone. Thread-safe; build one per statement.
 *
 * <pre>{@code
 * EntityBinder<Product> binder = EntityBinder.of(mapper, Product.class,
 *     session.prepare("INSERT INTO shop.product (id, name, price) VALUES (?, ?, ?)"));
 * session.execute(binder.bind(product));
 * }</pre>
 */
public final class EntityBinder<T> {
  private final EntityAccess<T> mapping;
  private final PreparedStatement statement;
  private final DataStaxPrepared prepared;
  private final EntityAccess.EntityWriter<T> writer;

  private EntityBinder(EntityAccess<T> mapping, PreparedStatement statement, DataStaxPrepared prepared,
      int[] columnOfVariable) {
    this.mapping = mapping;
    this.statement = statement;
    this.prepared = prepared;
    this.writer = mapping.writer(columnOfVariable, prepared, false);
  }

  /** A binder of the entity into this statement, whose variables must all be named after columns of the entity. */
  public static <T> EntityBinder<T> of(Mapper mapper, Class<T> entityClass, PreparedStatement statement) {
    DataStaxDriver driver = DataStaxDriver.of(mapper, "EntityBinder");
    EntityAccess<T> mapping = EntityAccess.of(mapper, entityClass);
    List<ColumnModel> model = mapping.model().columns();
    List<String> names = model.stream().map(ColumnModel::name).toList();
    ColumnDefinitions variables = statement.getVariableDefinitions();
    int[] columnOfVariable = new int[variables.size()];
    List<Type> javaTypes = new ArrayList<>();
    for (int v = 0; v < columnOfVariable.length; v++) {
      String name = variables.get(v).getName().asInternal();
      int column = names.indexOf(name);
      if (column < 0) {
        throw new CoodieException("bind variable " + v + " (\"" + name + "\") of " + statement.getQuery()
            + " is not a column of " + entityClass.getSimpleName() + " " + names
            + ": bind only the entity's columns, named after them");
      }
      columnOfVariable[v] = column;
      javaTypes.add(mapping.bindingType(column));
    }
    // the spec only carries the variables' Java types: the statement keeps the idempotence its owner gave it
    StatementSpec spec = new StatementSpec(statement.getQuery(), javaTypes, List.of(), false);
    return new EntityBinder<>(mapping, statement, new DataStaxPrepared(spec, statement, driver.codecs(),
        driver.session()), columnOfVariable);
  }

  /** A statement with the entity's values bound, ready to execute. */
  public BoundStatement bind(T entity) {
    if (entity == null) {
      throw new CoodieException("EntityBinder.bind was given null: pass an entity");
    }
    DataStaxBinding binding = new DataStaxBinding(prepared, statement.boundStatementBuilder());
    int nullKey = writer.write(entity, binding);
    if (nullKey >= 0) {
      ColumnModel column = mapping.model().columns().get(nullKey);
      throw new CoodieException(mapping.model().entityClass().getSimpleName() + ": primary key property '"
          + column.property() + "' (column \"" + column.name() + "\") is null; set it before binding");
    }
    return binding.boundStatement();
  }
}
