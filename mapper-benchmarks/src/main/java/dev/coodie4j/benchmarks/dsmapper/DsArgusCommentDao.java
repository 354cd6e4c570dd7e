package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.mapper.annotations.Dao;
import com.datastax.oss.driver.api.mapper.annotations.Insert;

/** The Argus comment scenario's statement. */
@Dao
public interface DsArgusCommentDao {
  @Insert
  void save(DsArgusComment comment);
}
