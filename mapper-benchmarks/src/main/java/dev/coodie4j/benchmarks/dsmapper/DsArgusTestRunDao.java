package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.core.PagingIterable;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.mapper.annotations.Dao;
import com.datastax.oss.driver.api.mapper.annotations.GetEntity;
import com.datastax.oss.driver.api.mapper.annotations.Select;
import com.datastax.oss.driver.api.mapper.annotations.Update;

/** The Argus test run scenarios' statements. */
@Dao
public interface DsArgusTestRunDao {
  /** Every run of a build, newest first. */
  @Select
  PagingIterable<DsArgusTestRun> findByBuild(String buildId);

  /** The newest {@code rows} runs of a build. */
  @Select(customWhereClause = "build_id = :buildId", limit = ":rows")
  PagingIterable<DsArgusTestRun> findLatest(String buildId, int rows);

  /** Writes every non-key column (nulls left unset): the mapper does not know which ones changed. */
  @Update
  void update(DsArgusTestRun run);

  /** Maps a row holding every column. */
  @GetEntity
  DsArgusTestRun fromRow(Row row);
}
