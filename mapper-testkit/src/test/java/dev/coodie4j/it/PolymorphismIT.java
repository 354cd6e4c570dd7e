package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.CoodieException;
import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.ClusteringKey;
import dev.coodie4j.annotation.Discriminator;
import dev.coodie4j.annotation.DiscriminatorValue;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@CassandraTest
class PolymorphismIT {
  @Table(name = "vehicles")
  @Discriminator("kind")
  sealed interface Vehicle permits Car, Truck {
    String fleet();
  }

  @DiscriminatorValue("car")
  record Car(@PartitionKey String fleet, @ClusteringKey UUID id, int seats) implements Vehicle {}

  @DiscriminatorValue("truck")
  record Truck(@PartitionKey String fleet, @ClusteringKey UUID id, double payload, int seats) implements Vehicle {}

  @Table
  @Discriminator
  sealed interface Shape permits Circle, Square {}

  @DiscriminatorValue("circle")
  record Circle(@PartitionKey UUID id, double radius) implements Shape {}

  @DiscriminatorValue("square")
  record Square(@PartitionKey UUID id, String radius) implements Shape {}

  @Table(name = "pets")
  @Discriminator("kind")
  sealed interface Pet permits Dog {}

  @DiscriminatorValue("dog")
  record Dog(@PartitionKey UUID id, int kind) implements Pet {}

  private static EntityTable<Vehicle> vehicles;
  private static EntityTable<Car> cars;
  private static EntityTable<Truck> trucks;

  @BeforeAll
  static void sync(Mapper mapper) {
    vehicles = mapper.table(Vehicle.class);
    cars = mapper.table(Car.class);
    trucks = mapper.table(Truck.class);
    vehicles.sync();
  }

  @Test
  void theBaseReadsEachRowAsItsRecordAndEachRecordReadsOnlyItsRows(CqlSession session, TestKeyspace keyspace) {
    Car car = new Car("north", UUID.randomUUID(), 5);
    Truck truck = new Truck("north", UUID.randomUUID(), 12.5, 3);
    cars.save(car);
    trucks.save(truck);
    assertEquals("car", session.execute("SELECT kind FROM \"" + keyspace.name() + "\".vehicles WHERE fleet = 'north' "
        + "AND id = ?", car.id()).one().getString(0));

    List<Vehicle> all = vehicles.findByPartition("north");
    assertEquals(2, all.size());
    assertTrue(all.contains(car) && all.contains(truck), all.toString());
    assertEquals(List.of(car), cars.findByPartition("north"));
    assertEquals(List.of(truck), trucks.query().where(Truck::fleet).eq("north").list());
    assertEquals(Optional.of(car), cars.get("north", car.id()));
    assertEquals(Optional.empty(), trucks.get("north", car.id()), "a car is not a truck");
    assertEquals(Optional.of(truck), vehicles.get("north", truck.id()));
    assertEquals(1L, cars.query().where(Car::fleet).eq("north").count());
  }

  @Test
  void anUnknownDiscriminatorIsAnErrorNamingValueAndTable(CqlSession session, TestKeyspace keyspace) {
    session.execute("INSERT INTO \"" + keyspace.name() + "\".vehicles (fleet, id, kind) VALUES ('south', ?, 'boat')",
        UUID.randomUUID());
    CoodieException e = assertThrows(CoodieException.class, () -> vehicles.findByPartition("south"));
    assertTrue(e.getMessage().contains("table vehicles: a row has discriminator boat, which no record of the hierarchy "
        + "declares [car, truck]"), e.getMessage());
  }

  @Test
  void writesGoThroughTheRecordsAndBadHierarchiesAreRefused(Mapper mapper) {
    CoodieException write = assertThrows(CoodieException.class,
        () -> vehicles.save(new Car("x", UUID.randomUUID(), 1)));
    assertTrue(write.getMessage().contains("is the base of a type hierarchy"), write.getMessage());
    EntityDefinitionException types = assertThrows(EntityDefinitionException.class, () -> mapper.table(Shape.class));
    assertTrue(types.getMessage().contains("column \"radius\" is double in one record and text in Square"),
        types.getMessage());
    EntityDefinitionException discriminator = assertThrows(EntityDefinitionException.class,
        () -> mapper.table(Dog.class));
    assertTrue(discriminator.getMessage().contains("property 'kind' maps the discriminator column \"kind\""),
        discriminator.getMessage());
  }
}
