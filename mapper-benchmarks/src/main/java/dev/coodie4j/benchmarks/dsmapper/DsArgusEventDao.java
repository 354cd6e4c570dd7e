package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.mapper.annotations.Dao;
import com.datastax.oss.driver.api.mapper.annotations.Insert;
import com.datastax.oss.driver.api.mapper.annotations.Select;
import java.util.UUID;

/** The Argus event scenarios' statements. */
@Dao
public interface DsArgusEventDao {
  /** The event, or null. */
  @Select
  DsArgusEvent findById(UUID id);

  /** The insert of an event, not executed: for a batch. */
  @Insert
  BoundStatement insert(DsArgusEvent event);
}
