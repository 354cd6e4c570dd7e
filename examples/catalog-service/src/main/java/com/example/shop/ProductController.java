package com.example.shop;

import dev.coodie4j.EntityValidationException;
import dev.coodie4j.table.EntityTable;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ProductController {
  private final EntityTable<Product> products;

  public ProductController(EntityTable<Product> products) { // the starter's bean for the @Table record
    this.products = products;
  }

  @PostMapping("/products")
  public Product create(@RequestBody Product product) {
    Product saved = new Product(product.id() == null ? UUID.randomUUID() : product.id(), product.name(),
        product.brand(), product.price());
    products.save(saved);
    return saved;
  }

  @GetMapping("/products/{id}")
  public ResponseEntity<Product> get(@PathVariable UUID id) {
    return ResponseEntity.of(products.get(id));
  }

  @GetMapping("/products")
  public List<Product> byBrand(@RequestParam String brand) {
    return products.query().where(Product::brand).eq(brand).list();
  }

  @ExceptionHandler(EntityValidationException.class)
  public ResponseEntity<String> invalid(EntityValidationException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(e.getMessage());
  }
}
