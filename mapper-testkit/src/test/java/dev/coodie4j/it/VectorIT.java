package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.CoodieException;
import dev.coodie4j.EntityDefinitionException;
import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.Index;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.annotation.Vector;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@CassandraTest
class VectorIT {
  @Table
  record Doc(@PartitionKey String id, String text,
      @Vector(3) @Index(using = "sai", options = "similarity_function=COSINE") float[] embedding) {}

  @Table
  record ListVector(@PartitionKey String id, @Vector(2) List<Float> v) {}

  @Table
  record BadVector(@PartitionKey String id, @Vector(3) double[] v) {}

  private static EntityTable<Doc> docs;

  @BeforeAll
  static void seed(Mapper mapper) {
    docs = mapper.table(Doc.class);
    docs.sync();
    docs.save(new Doc("x", "east", new float[] {1, 0, 0}));
    docs.save(new Doc("y", "north", new float[] {0, 1, 0}));
    docs.save(new Doc("z", "up", new float[] {0, 0, 1}));
    docs.save(new Doc("xy", "north-east", new float[] {0.7f, 0.7f, 0}));
  }

  @Test
  void vectorsRoundTripAndTheColumnIsAVector(CqlSession session, TestKeyspace keyspace) {
    assertArrayEquals(new float[] {0, 1, 0}, docs.get("y").orElseThrow().embedding());
    assertEquals("vector<float, 3>", session.execute("SELECT type FROM system_schema.columns WHERE keyspace_name = ? "
        + "AND table_name = 'doc' AND column_name = 'embedding'", keyspace.name()).one().getString(0));
  }

  @Test
  void annQueriesReturnTheNearestFirst() {
    List<String> nearest = docs.query().orderByAnnOf(Doc::embedding, new float[] {0.9f, 0.1f, 0}).limit(2).list()
        .stream().map(Doc::id).toList();
    assertEquals(List.of("x", "xy"), nearest);
  }

  @Test
  void listVectorsWork(Mapper mapper) {
    EntityTable<ListVector> table = mapper.table(ListVector.class);
    table.sync();
    table.save(new ListVector("a", List.of(1.5f, -2f)));
    assertEquals(List.of(1.5f, -2f), table.get("a").orElseThrow().v());
  }

  @Test
  void rowsWithoutTheirVectorReadBackWithNullThroughEveryReadPath(Mapper mapper, CqlSession session,
      TestKeyspace keyspace) {
    EntityTable<ListVector> lists = mapper.table(ListVector.class);
    lists.sync();
    lists.save(new ListVector("none", null));
    docs.save(new Doc("none", "no embedding", null));
    ListVector loaded = lists.get("none").orElseThrow();
    assertEquals(null, loaded.v());
    assertEquals(null, docs.get("none").orElseThrow().embedding());
    lists.save(loaded); // read without its vector, it saves back as it is
    com.datastax.oss.driver.api.core.cql.Row row = session.execute("SELECT id, v FROM \"" + keyspace.name()
        + "\".list_vector WHERE id = 'none'").one();
    assertEquals(new ListVector("none", null),
        dev.coodie4j.driver.datastax.RowMapper.of(mapper, ListVector.class, row.getColumnDefinitions()).map(row));
    docs.deleteByKey("none");
  }

  @Test
  void wrongDimensionsAndTypesAreRefused(Mapper mapper) {
    CoodieException write = assertThrows(CoodieException.class, () -> docs.save(new Doc("bad", "", new float[] {1, 2})));
    assertTrue(write.getMessage().contains("Doc.embedding is a vector of 3 floats, got 2"), write.getMessage());
    assertThrows(CoodieException.class, () -> docs.query().orderByAnnOf(Doc::embedding, new float[] {1}).limit(1));
    CoodieException noLimit = assertThrows(CoodieException.class,
        () -> docs.query().orderByAnnOf(Doc::embedding, new float[] {1, 0, 0}).list());
    assertTrue(noLimit.getMessage().contains("ANN ordering needs a limit"), noLimit.getMessage());
    EntityDefinitionException type = assertThrows(EntityDefinitionException.class, () -> mapper.table(BadVector.class));
    assertTrue(type.getMessage().contains("a vector is a float[] or a List<Float>"), type.getMessage());
  }
}
