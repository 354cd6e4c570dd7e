package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.mapper.annotations.Dao;
import com.datastax.oss.driver.api.mapper.annotations.GetEntity;
import com.datastax.oss.driver.api.mapper.annotations.SetEntity;

/** Row-to-entity and entity-to-statement conversions of the no-network user type scenarios. */
@Dao
public interface DsUdtMappingDao {
  @GetEntity
  DsAddressRow getAddressRow(Row row);

  @SetEntity
  BoundStatementBuilder setAddressRow(BoundStatementBuilder builder, DsAddressRow row);

  @SetEntity
  BoundStatementBuilder setContactRow(BoundStatementBuilder builder, DsContactRow row);
}
