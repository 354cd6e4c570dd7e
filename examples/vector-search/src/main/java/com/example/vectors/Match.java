package com.example.vectors;

/** A search result: the product and its cosine similarity to what was searched for (1 is the same direction). */
public record Match(Product product, double similarity) {
  public String id() {
    return product.id();
  }
}
