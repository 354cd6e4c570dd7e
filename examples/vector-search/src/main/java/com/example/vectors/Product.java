package com.example.vectors;

import dev.coodie4j.annotation.Index;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.annotation.Vector;

/**
 * A product and the embedding of its description: a {@code vector<float, 4>} column with a storage-attached index
 * that compares by cosine similarity. Real embeddings have hundreds of dimensions; four keep the example readable.
 */
@Table(name = "products")
public record Product(
    @PartitionKey String id,
    String name,
    @Index(using = "sai") String category,
    @Vector(Product.DIMENSIONS) @Index(using = "sai", options = "similarity_function=COSINE") float[] embedding) {
  public static final int DIMENSIONS = 4;
}
