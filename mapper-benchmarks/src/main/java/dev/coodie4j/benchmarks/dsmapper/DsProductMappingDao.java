package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.mapper.annotations.Dao;
import com.datastax.oss.driver.api.mapper.annotations.GetEntity;
import com.datastax.oss.driver.api.mapper.annotations.SetEntity;

/** Row-to-product and product-to-statement conversions of the no-network mapping scenarios. */
@Dao
public interface DsProductMappingDao {
  @GetEntity
  DsProduct get(Row row);

  @SetEntity
  BoundStatementBuilder set(BoundStatementBuilder builder, DsProduct product);
}
