package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.core.PagingIterable;
import com.datastax.oss.driver.api.core.data.CqlVector;
import com.datastax.oss.driver.api.mapper.annotations.Dao;
import com.datastax.oss.driver.api.mapper.annotations.Insert;
import com.datastax.oss.driver.api.mapper.annotations.Query;

/** The vector scenarios' statements; {@code @Select} has no ANN ordering, so the search is an {@code @Query}. */
@Dao
public interface DsVectorProductDao {
  @Insert
  void save(DsVectorProduct product);

  /** The {@code rows} products most similar to {@code vector}. */
  @Query("SELECT id, name, embedding FROM ${qualifiedTableId} ORDER BY embedding ANN OF :vector LIMIT :rows")
  PagingIterable<DsVectorProduct> findClosest(CqlVector<Float> vector, int rows);
}
