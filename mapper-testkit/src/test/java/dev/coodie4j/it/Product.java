package dev.coodie4j.it;

import dev.coodie4j.annotation.Index;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import java.util.UUID;

@Table
record Product(@PartitionKey UUID id, String name, @Index String brand, float price, Integer stock, String description) {
  static Product sample() {
    return new Product(UUID.randomUUID(), "Lamp", "Acme", 19.5f, 7, "A desk lamp");
  }

  Product withDescription(String newDescription) {
    return new Product(id, name, brand, price, stock, newDescription);
  }
}
