package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.core.data.CqlVector;
import com.datastax.oss.driver.api.mapper.annotations.CqlName;
import com.datastax.oss.driver.api.mapper.annotations.Entity;
import com.datastax.oss.driver.api.mapper.annotations.PartitionKey;
import java.util.UUID;

/** {@code bench_vector_products} as a DataStax mapper entity: the driver's type for vectors is {@link CqlVector}. */
@Entity
@CqlName("bench_vector_products")
public class DsVectorProduct {
  @PartitionKey private UUID id;
  private String name;
  private CqlVector<Float> embedding;

  public DsVectorProduct() {}

  public DsVectorProduct(UUID id, String name, CqlVector<Float> embedding) {
    this.id = id;
    this.name = name;
    this.embedding = embedding;
  }

  public UUID getId() { return id; }
  public void setId(UUID id) { this.id = id; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public CqlVector<Float> getEmbedding() { return embedding; }
  public void setEmbedding(CqlVector<Float> embedding) { this.embedding = embedding; }
}
