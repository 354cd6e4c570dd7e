package dev.coodie4j.benchmarks;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import dev.coodie4j.benchmarks.dsmapper.DsProduct;
import dev.coodie4j.benchmarks.model.Product;
import java.util.Optional;
import java.util.UUID;

/**
 * The hand-written driver code of the {@code bench_products} scenarios, as a careful user writes it once for a table:
 * statements prepared with the idempotence coodie4j gives them, a {@link Product} bound by index the way coodie4j binds
 * it (a null property or an empty collection left unset, so no tombstone is written), a {@link Row} read by index into
 * a {@link Product}.
 */
final class RawProducts {
  static final String TABLE = BenchSession.KEYSPACE + ".bench_products";
  /** The columns in the entity's order, which is also the index order of binding and reading. */
  private static final String COLUMNS = "id, name, brand, category, price, tags, description";

  private RawProducts() {}

  /** {@code INSERT} of the seven columns followed by {@code suffix} (such as {@code " IF NOT EXISTS"}). */
  static PreparedStatement prepareInsert(CqlSession session, String suffix, boolean idempotent) {
    return prepare(session, "INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)" + suffix,
        idempotent);
  }

  /** {@code SELECT} of the seven columns followed by {@code rest} (such as {@code "WHERE id = ?"}); idempotent. */
  static PreparedStatement prepareSelect(CqlSession session, String rest) {
    return prepare(session, "SELECT " + COLUMNS + " FROM " + TABLE + " " + rest, true);
  }

  /** Prepares once; every statement bound from it inherits the idempotence. */
  static PreparedStatement prepare(CqlSession session, String cql, boolean idempotent) {
    return session.prepare(SimpleStatement.builder(cql).setIdempotence(idempotent).build());
  }

  /** The product's values bound to an {@link #prepareInsert insert}; more variables (a TTL) may follow. */
  static BoundStatementBuilder bindInsert(PreparedStatement insert, Product product) {
    BoundStatementBuilder bound = insert.boundStatementBuilder()
        .setUuid(0, product.id())
        .setFloat(4, product.price());
    if (product.name() != null) {
      bound = bound.setString(1, product.name());
    }
    if (product.brand() != null) {
      bound = bound.setString(2, product.brand());
    }
    if (product.category() != null) {
      bound = bound.setString(3, product.category());
    }
    if (product.tags() != null && !product.tags().isEmpty()) {
      bound = bound.setList(5, product.tags(), String.class);
    }
    if (product.description() != null) {
      bound = bound.setString(6, product.description());
    }
    return bound;
  }

  /** The row with this id, read with a {@link #prepareSelect select} {@code WHERE id = ?}. */
  static Optional<Product> get(CqlSession session, PreparedStatement selectById, UUID id) {
    Row row = session.execute(selectById.boundStatementBuilder().setUuid(0, id).build()).one();
    return row == null ? Optional.empty() : Optional.of(read(row));
  }

  static Product read(Row row) {
    return new Product(row.getUuid(0), row.getString(1), row.getString(2), row.getString(3), row.getFloat(4),
        row.getList(5, String.class), row.getString(6));
  }

  /** A DataStax mapper entity as the record, to compare what the two mappers read. */
  static Product fromDs(DsProduct product) {
    return new Product(product.getId(), product.getName(), product.getBrand(), product.getCategory(),
        product.getPrice(), product.getTags(), product.getDescription());
  }
}
