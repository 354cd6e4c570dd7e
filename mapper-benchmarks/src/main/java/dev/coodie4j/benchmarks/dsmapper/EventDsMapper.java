package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.mapper.annotations.DaoFactory;
import com.datastax.oss.driver.api.mapper.annotations.DaoKeyspace;
import com.datastax.oss.driver.api.mapper.annotations.Mapper;

/** The DataStax mapper of the batch scenarios. */
@Mapper
public interface EventDsMapper {
  @DaoFactory
  EventDao eventDao(@DaoKeyspace String keyspace);
}
