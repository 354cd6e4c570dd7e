package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.core.PagingIterable;
import com.datastax.oss.driver.api.mapper.annotations.Dao;
import com.datastax.oss.driver.api.mapper.annotations.Select;
import java.util.UUID;

/** The Argus notification feed's statement. */
@Dao
public interface DsArgusNotificationDao {
  /** The newest {@code rows} notifications of a receiver. */
  @Select(customWhereClause = "receiver = :receiver", limit = ":rows")
  PagingIterable<DsArgusNotification> findLatest(UUID receiver, int rows);
}
