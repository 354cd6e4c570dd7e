package dev.coodie4j.internal.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.ClusteringOrder;
import dev.coodie4j.annotation.Column;
import dev.coodie4j.annotation.ColumnType;
import dev.coodie4j.annotation.Index;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Static;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.annotation.Transient;
import dev.coodie4j.schema.ColumnKind;
import dev.coodie4j.schema.ColumnModel;
import dev.coodie4j.schema.EntityModel;
import dev.coodie4j.schema.ScalarType;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EntityIntrospectorTest {
  @dev.coodie4j.annotation.UserType
  record Address(String street, String city) {}

  @Table(keyspace = "shop")
  record Customer(@PartitionKey UUID id, Address home, List<Address> previous) {}

  @Test
  void theModelHoldsThePropertysJavaTypeAndTheMappingItsBindingType() {
    EntityMapping<Customer> mapping = EntityMapping.of(Customer.class);
    List<ColumnModel> columns = mapping.model().columns();
    assertEquals(Address.class, columns.get(1).genericType());
    assertEquals(Customer.class.getRecordComponents()[2].getGenericType(), columns.get(2).genericType());
    assertTrue(mapping.bindingType(1) instanceof dev.coodie4j.spi.UdtRecord, String.valueOf(mapping.bindingType(1)));
    assertTrue(((java.lang.reflect.ParameterizedType) mapping.bindingType(2)).getActualTypeArguments()[0]
        instanceof dev.coodie4j.spi.UdtRecord, String.valueOf(mapping.bindingType(2)));
  }

  @Table(keyspace = "shop")
  record HTTPRequest(
      String body,
      @ClusteringKey(value = 1) int seq,
      @PartitionKey(1) String host,
      @ClusteringKey(value = 0, order = ClusteringOrder.DESC) @ColumnType(ScalarType.TIMEUUID) UUID at,
      @PartitionKey(0) String tenant,
      @Static @Column("Owner") String owner,
      @Index String status,
      @Transient String scratch) {}

  @Test
  void recordIsOrderedByKeyThenDeclarationAndNamedInSnakeCase() {
    EntityModel<HTTPRequest> model = EntityMapping.of(HTTPRequest.class).model();
    assertEquals("http_request", model.table());
    assertEquals(Optional.of("shop"), model.keyspace());
    assertEquals(List.of("tenant", "host", "at", "seq", "body", "Owner", "status"),
        model.columns().stream().map(ColumnModel::name).toList());
    assertEquals(List.of("tenant", "host"), model.partitionKey().stream().map(ColumnModel::property).toList());
    ColumnModel at = model.column("at").orElseThrow();
    assertEquals(ScalarType.TIMEUUID, at.type());
    assertEquals(ClusteringOrder.DESC, at.order());
    assertEquals(ColumnKind.STATIC, model.column("owner").orElseThrow().kind());
    assertEquals("http_request_status_idx", model.column("status").orElseThrow().index().orElseThrow().name());
    assertTrue(model.column("scratch").isEmpty(), "transient properties are not mapped");
    assertEquals(ScalarType.INT, model.column("seq").orElseThrow().type());
  }

  @Test
  void introspectionHappensOncePerClass() {
    assertSame(EntityMapping.of(HTTPRequest.class), EntityMapping.of(HTTPRequest.class));
  }

  @Table(name = "people")
  static final class Person {
    @PartitionKey private UUID id;
    private String fullName;
    private transient String cache;
    private boolean active;

    public Person() {}

    public UUID getId() {
      return id;
    }

    public void setId(UUID id) {
      this.id = id;
    }

    public String getFullName() {
      return fullName;
    }

    public void setFullName(String fullName) {
      this.fullName = fullName;
    }

    public boolean isActive() {
      return active;
    }
  }

  @Test
  void classUsesGettersSettersAndFieldsAndSkipsJavaTransient() {
    EntityMapping<Person> mapping = EntityMapping.of(Person.class);
    assertEquals("people", mapping.model().table());
    assertEquals(List.of("id", "full_name", "active"), mapping.model().columns().stream().map(ColumnModel::name).toList());
    Person person = new Person();
    person.setFullName("Ada");
    assertEquals("Ada", mapping.get(person, 1));
    assertEquals(false, mapping.get(person, 2));
    assertNull(mapping.get(person, 0));
  }

  @Table
  record NoKey(String name) {}

  @Table
  record TwoOnOneColumn(@PartitionKey UUID id, @Column("x") String a, @Column("x") String b) {}

  @Table
  record UnsupportedType(@PartitionKey UUID id, Date when) {}

  @Table
  record StaticWithoutClustering(@PartitionKey UUID id, @Static String shared) {}

  @Table
  record KeyGap(@PartitionKey(0) UUID a, @PartitionKey(2) UUID b) {}

  @Table
  record BadOverride(@PartitionKey UUID id, @ColumnType(ScalarType.ASCII) Instant at) {}

  @Table
  record BothKeys(@PartitionKey @ClusteringKey UUID id) {}

  @Table
  record IndexOnOnlyPartitionKey(@PartitionKey @Index UUID id) {}

  @Table
  record TransientKey(@PartitionKey @Transient UUID id, String x) {}

  record NotATable(@PartitionKey UUID id) {}

  @Table
  static final class NoDefaultConstructor {
    @PartitionKey UUID id;

    NoDefaultConstructor(UUID id) {
      this.id = id;
    }
  }

  @Test
  void badDefinitionsNameTheClassThePropertyAndTheFix() {
    assertProblem(NoKey.class, "has no partition key", "@PartitionKey");
    assertProblem(TwoOnOneColumn.class, "'a' and 'b' both map to column \"x\"", "@Column");
    assertProblem(UnsupportedType.class, "'when' has Java type java.util.Date", "Instant");
    assertProblem(StaticWithoutClustering.class, "'shared' is @Static", "@ClusteringKey");
    assertProblem(KeyGap.class, "@PartitionKey positions must be 0..1", "a=0, b=2");
    assertProblem(BadOverride.class, "'at' of Java type java.time.Instant cannot be stored as ascii", "String");
    assertProblem(BothKeys.class, "'id' has both @PartitionKey and @ClusteringKey", "either");
    assertProblem(IndexOnOnlyPartitionKey.class, "'id' is the only partition key column", "secondary index");
    assertProblem(TransientKey.class, "'id' is @Transient but also carries mapping annotations", "remove");
    assertProblem(NotATable.class, "is not annotated with @Table", "add @Table");
    assertProblem(NoDefaultConstructor.class, "has no no-arg constructor", "record");
  }

  @Test
  void aBadDefinitionFailsAgainOnEveryUse() {
    assertThrows(EntityDefinitionException.class, () -> EntityMapping.of(NoKey.class));
    assertThrows(EntityDefinitionException.class, () -> EntityMapping.of(NoKey.class));
  }

  private static void assertProblem(Class<?> type, String... fragments) {
    EntityDefinitionException e = assertThrows(EntityDefinitionException.class, () -> EntityMapping.of(type));
    assertTrue(e.getMessage().startsWith(type.getName()), e.getMessage());
    for (String fragment : fragments) {
      assertTrue(e.getMessage().contains(fragment), () -> "'" + fragment + "' missing from: " + e.getMessage());
    }
    assertFalse(e.getMessage().isBlank());
  }
}
