package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.mapper.annotations.Dao;
import com.datastax.oss.driver.api.mapper.annotations.Insert;

/** The batch scenarios' DAO: it binds an event's INSERT without running it, so the caller can add it to a batch. */
@Dao
public interface EventDao {
  @Insert
  BoundStatement bind(DsEvent event);
}
