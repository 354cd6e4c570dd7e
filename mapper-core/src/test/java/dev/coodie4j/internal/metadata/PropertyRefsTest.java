package dev.coodie4j.internal.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.CoodieException;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.query.PropertyRef;
import dev.coodie4j.schema.EntityModel;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PropertyRefsTest {
  interface Named {
    String name();
  }

  @Table(keyspace = "shop")
  record Brand(@PartitionKey UUID id, String name) implements Named {}

  @Table(keyspace = "shop")
  record Shop(@PartitionKey UUID id, String city, int floor, String name) implements Named {}

  @Table(keyspace = "shop")
  record Owner(@PartitionKey UUID id, String email) {}

  /** The same call site, so the same lambda class, each time it runs. */
  private static PropertyRef<Named, String> nameRef() {
    return Named::name;
  }

  @Test
  void oneMethodReferenceFindsItsColumnInEachModelItIsUsedWith() {
    EntityModel<Brand> brand = EntityMapping.of(Brand.class).model();
    EntityModel<Shop> shop = EntityMapping.of(Shop.class).model();
    for (int i = 0; i < 3; i++) {
      assertEquals("name", brand.columns().get(PropertyRefs.columnIndex(brand, nameRef())).property());
      assertEquals("name", shop.columns().get(PropertyRefs.columnIndex(shop, nameRef())).property());
    }
    assertEquals(PropertyRefs.columnIndex(brand, "name"), PropertyRefs.columnIndex(brand, nameRef()));
    assertEquals(PropertyRefs.columnIndex(shop, "name"), PropertyRefs.columnIndex(shop, nameRef()));
    assertTrue(PropertyRefs.columnIndex(brand, nameRef()) != PropertyRefs.columnIndex(shop, nameRef()),
        "the models hold name at different positions, so a slot kept for one must not answer for the other");
  }

  @Test
  void aMethodReferenceToAPropertyTheModelDoesNotMapNamesThePropertiesItHas() {
    EntityModel<Owner> owner = EntityMapping.of(Owner.class).model();
    CoodieException failure = assertThrows(CoodieException.class, () -> PropertyRefs.columnIndex(owner, nameRef()));
    assertEquals("Owner has no mapped property 'name'; its properties are id, email", failure.getMessage());
    assertEquals("email", owner.columns().get(PropertyRefs.columnIndex(owner, (PropertyRef<Owner, String>) Owner::email))
        .property());
  }
}
