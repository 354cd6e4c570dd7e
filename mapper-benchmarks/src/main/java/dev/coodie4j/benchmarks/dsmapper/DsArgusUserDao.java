package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.mapper.annotations.Dao;
import com.datastax.oss.driver.api.mapper.annotations.Insert;
import com.datastax.oss.driver.api.mapper.annotations.Select;
import com.datastax.oss.driver.api.mapper.annotations.Update;
import java.util.UUID;

/** The Argus user scenarios' statements. */
@Dao
public interface DsArgusUserDao {
  /** The user, or null. */
  @Select
  DsArgusUser findById(UUID id);

  @Insert
  void save(DsArgusUser user);

  /** Writes every non-key column (nulls left unset): the mapper does not know which ones changed. */
  @Update
  void update(DsArgusUser user);
}
