package dev.coodie4j.benchmarks.model;

import dev.coodie4j.annotation.Index;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.annotation.Vector;
import java.util.UUID;

/** {@code bench_vector_products}: a 16-float embedding with a storage-attached index for cosine similarity search. */
@Table(name = "bench_vector_products")
public record VectorProduct(@PartitionKey UUID id, String name,
    @Vector(VectorProduct.DIMENSIONS) @Index(using = "sai", options = "similarity_function=COSINE") float[] embedding) {
  /** coodie's {@code BENCH_VECTOR_DIMS}. */
  public static final int DIMENSIONS = 16;
}
