package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.mapper.annotations.DaoFactory;
import com.datastax.oss.driver.api.mapper.annotations.DaoKeyspace;
import com.datastax.oss.driver.api.mapper.annotations.Mapper;

/** The DataStax mapper of the {@code bench_products} database scenarios (insert, read, update, delete, collections). */
@Mapper
public interface ProductDsMapper {
  @DaoFactory
  ProductDao productDao(@DaoKeyspace String keyspace);
}
