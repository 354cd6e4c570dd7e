package dev.coodie4j.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coodie4j.CoodieException;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.CqlTuple;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.annotation.UserType;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testing.FakeDriver;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CONTAINS and CONTAINS KEY on collections of tuples and user types check the element's record class. */
class ContainsTest {
  @CqlTuple
  record Point(double x, double y) {}

  @UserType
  record Tag(String name) {}

  @Table(keyspace = "ks")
  record Route(@PartitionKey String id, List<Point> points, Map<Tag, Integer> weights) {}

  @Table(keyspace = "ks")
  record Scores(@PartitionKey String id, Map<String, List<Integer>> byRound) {}

  private final FakeDriver driver = new FakeDriver();
  private final EntityTable<Route> routes = Mapper.builder(driver).build().table(Route.class);

  @Test
  void containsATupleElementBindsTheTuple() {
    routes.query().where(Route::points).contains(new Point(1, 2)).allowFiltering().list();
    assertEquals("SELECT \"id\",\"points\",\"weights\" FROM \"ks\".\"route\" WHERE \"points\" CONTAINS ? ALLOW "
        + "FILTERING", driver.onlyExecution().cql());
    assertEquals(new Point(1, 2), driver.onlyExecution().value(0));
    assertEquals(List.of(), driver.violations());
  }

  @Test
  void containsKeyOfAUserTypeBindsTheUserType() {
    routes.query().where(Route::weights).containsKey(new Tag("a")).allowFiltering().list();
    assertEquals(new Tag("a"), driver.onlyExecution().value(0));
    assertEquals(List.of(), driver.violations());
  }

  @Test
  void containsAValueOfAnotherTypeIsRefusedBeforeSending() {
    assertThrows(CoodieException.class,
        () -> routes.query().where(Route::points).contains("not a point").allowFiltering().list());
    assertThrows(CoodieException.class,
        () -> routes.query().where(Route::points).contains(null).allowFiltering().list());
    assertTrue(driver.nothingSent());
  }

  @Test
  void containsAMapValueThatIsAListChecksTheListsElementsBeforeSending() {
    EntityTable<Scores> scores = Mapper.builder(driver).build().table(Scores.class);
    CoodieException refused = assertThrows(CoodieException.class,
        () -> scores.query().where(Scores::byRound).contains(List.of("not a number")).allowFiltering().list());
    assertTrue(refused.getMessage().contains("byRound"), refused.getMessage());
    assertTrue(driver.nothingSent());

    scores.query().where(Scores::byRound).contains(List.of(1, 2)).allowFiltering().list();
    assertEquals(List.of(1, 2), driver.onlyExecution().value(0));
    assertEquals(List.of(), driver.violations());
  }
}
