package dev.coodie4j.benchmarks.dsmapper;

import com.datastax.oss.driver.api.mapper.annotations.CqlName;
import com.datastax.oss.driver.api.mapper.annotations.Entity;
import com.datastax.oss.driver.api.mapper.annotations.PartitionKey;
import java.util.List;
import java.util.UUID;

/** {@code bench_products} as a DataStax mapper entity (a mutable bean, as that mapper's users write them). */
@Entity
@CqlName("bench_products")
public class DsProduct {
  @PartitionKey private UUID id;
  private String name;
  private String brand;
  private String category;
  private float price;
  private List<String> tags;
  private String description;

  public DsProduct() {}

  public DsProduct(UUID id, String name, String brand, String category, float price, List<String> tags,
      String description) {
    this.id = id;
    this.name = name;
    this.brand = brand;
    this.category = category;
    this.price = price;
    this.tags = tags;
    this.description = description;
  }

  public UUID getId() { return id; }
  public void setId(UUID id) { this.id = id; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getBrand() { return brand; }
  public void setBrand(String brand) { this.brand = brand; }
  public String getCategory() { return category; }
  public void setCategory(String category) { this.category = category; }
  public float getPrice() { return price; }
  public void setPrice(float price) { this.price = price; }
  public List<String> getTags() { return tags; }
  public void setTags(List<String> tags) { this.tags = tags; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
}
