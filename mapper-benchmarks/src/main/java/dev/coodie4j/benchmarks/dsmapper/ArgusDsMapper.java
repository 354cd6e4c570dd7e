package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.mapper.annotations.DaoFactory;
import com.datastax.oss.driver.api.mapper.annotations.DaoKeyspace;
import com.datastax.oss.driver.api.mapper.annotations.Mapper;

/** The DataStax mapper of the Argus and vector scenarios: one DAO per table. */
@Mapper
public interface ArgusDsMapper {
  @DaoFactory
  DsArgusUserDao userDao(@DaoKeyspace String keyspace);

  @DaoFactory
  DsArgusTestRunDao testRunDao(@DaoKeyspace String keyspace);

  @DaoFactory
  DsArgusEventDao eventDao(@DaoKeyspace String keyspace);

  @DaoFactory
  DsArgusNotificationDao notificationDao(@DaoKeyspace String keyspace);

  @DaoFactory
  DsArgusCommentDao commentDao(@DaoKeyspace String keyspace);

  @DaoFactory
  DsVectorProductDao vectorProductDao(@DaoKeyspace String keyspace);
}
