package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.mapper.annotations.DaoFactory;
import com.datastax.oss.driver.api.mapper.annotations.DaoKeyspace;
import com.datastax.oss.driver.api.mapper.annotations.Mapper;

/**
 * The DataStax mapper of {@code MappingBenchmarks} and {@code UdtBenchmarks}: one DAO each, so that each is built
 * (and its entities validated against the schema) only once that class has synced its tables.
 */
@Mapper
public interface MappingDsMapper {
  @DaoFactory
  DsProductMappingDao productDao(@DaoKeyspace String keyspace);

  @DaoFactory
  DsUdtMappingDao udtDao(@DaoKeyspace String keyspace);
}
