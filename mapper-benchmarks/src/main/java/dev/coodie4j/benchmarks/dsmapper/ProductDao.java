package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.core.PagingIterable;
import com.datastax.oss.driver.api.mapper.annotations.Dao;
import com.datastax.oss.driver.api.mapper.annotations.Delete;
import com.datastax.oss.driver.api.mapper.annotations.Insert;
import com.datastax.oss.driver.api.mapper.annotations.Query;
import com.datastax.oss.driver.api.mapper.annotations.Select;
import java.util.UUID;

/**
 * {@code bench_products} through the DataStax mapper, as its users write a DAO: generated statements where the
 * annotations express the operation, hand-written CQL in {@link Query} for partial and conditional updates. Null
 * properties are left unset (the mapper's default {@code DO_NOT_SET}), as coodie4j leaves them.
 */
@Dao
public interface ProductDao {
  @Insert
  void save(DsProduct product);

  @Insert(ttl = ":ttl")
  void saveWithTtl(DsProduct product, int ttl);

  @Insert(ifNotExists = true)
  boolean insertIfNotExists(DsProduct product);

  @Select
  DsProduct findById(UUID id);

  @Select(customWhereClause = "brand = :brand", allowFiltering = true)
  PagingIterable<DsProduct> findByBrand(String brand);

  @Select(customWhereClause = "brand = :brand", limit = ":rows", allowFiltering = true)
  PagingIterable<DsProduct> findByBrand(String brand, int rows);

  @Query("SELECT COUNT(*) FROM ${keyspaceId}.bench_products WHERE brand = :brand ALLOW FILTERING")
  long countByBrand(String brand);

  @Query("UPDATE ${keyspaceId}.bench_products SET price = :price WHERE id = :id")
  void updatePrice(UUID id, float price);

  @Query("UPDATE ${keyspaceId}.bench_products SET price = :price WHERE id = :id IF brand = :brand")
  boolean updatePriceIfBrand(UUID id, float price, String brand);

  @Delete
  void delete(DsProduct product);

  @Delete(entityClass = DsProduct.class)
  void deleteById(UUID id);
}
