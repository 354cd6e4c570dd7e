package dev.coodie4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coodie4j.Mapper;
import dev.coodie4j.annotation.Index;
import dev.coodie4j.annotation.PartitionKey;
import dev.coodie4j.annotation.Table;
import dev.coodie4j.annotation.Vector;
import dev.coodie4j.table.EntityTable;
import dev.coodie4j.testkit.CassandraTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of docs/vectors.md. */
@CassandraTest
class VectorsExamplesIT {
  // tag::entity[]
  @Table
  public record Passage(
      @PartitionKey String id,
      String text,
      @Vector(4) @Index(using = "sai", options = "similarity_function=DOT_PRODUCT") float[] embedding) {}
  // end::entity[]

  @Test
  void ann(Mapper mapper) {
    EntityTable<Passage> passages = mapper.table(Passage.class);
    passages.sync();
    passages.save(new Passage("p1", "cats", new float[] {1, 0, 0, 0}));
    passages.save(new Passage("p2", "dogs", new float[] {0, 1, 0, 0}));
    passages.save(new Passage("p3", "cats and dogs", new float[] {0.6f, 0.8f, 0, 0}));
    float[] question = {0.8f, 0.6f, 0, 0};
    // tag::ann[]
    List<Passage> closest = passages.query()
        .orderByAnnOf(Passage::embedding, question)     // ORDER BY "embedding" ANN OF ? LIMIT ?
        .limit(2)
        .list();
    // end::ann[]
    assertEquals(List.of("p3", "p1"), closest.stream().map(Passage::id).toList());
  }
}
