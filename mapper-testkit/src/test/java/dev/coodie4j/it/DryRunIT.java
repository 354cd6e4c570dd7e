package dev.coodie4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.Mapper;
import dev.coodie4j.schema.SyncResult;
import dev.coodie4j.testkit.CassandraTest;
import dev.coodie4j.testkit.TestKeyspace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dry run shows, and runs nothing of, the CQL that creates each kind of schema object. */
@CassandraTest
class DryRunIT {
  @Test
  void dryRunsListTheCreationCqlOfEveryKindOfObject(Mapper mapper, CqlSession session, TestKeyspace keyspace) {
    String ks = "\"" + keyspace.name() + "\"";
    SyncResult udt = mapper.table(UserTypesIT.Client.class).syncDryRun();
    assertEquals(List.of(
        "CREATE TYPE IF NOT EXISTS " + ks + ".\"geo\" (\"lat\" double, \"lon\" double)",
        "CREATE TYPE IF NOT EXISTS " + ks + ".\"address\" (\"street\" text, \"city\" text, \"geo\" frozen<geo>, "
            + "\"lines\" frozen<list<text>>)"), udt.statements().subList(0, 2));
    assertTrue(udt.statements().get(2).startsWith("CREATE TABLE " + ks + ".\"client\""));

    SyncResult tuple = mapper.table(TuplesIT.Trip.class).syncDryRun();
    assertTrue(tuple.statements().get(0).contains("\"start\" frozen<tuple<double, double>>"), tuple.statements().get(0));

    SyncResult vector = mapper.table(VectorIT.Doc.class).syncDryRun();
    assertEquals("CREATE INDEX IF NOT EXISTS \"doc_embedding_idx\" ON " + ks + ".\"doc\" (\"embedding\") USING 'sai' "
        + "WITH OPTIONS = {'similarity_function': 'COSINE'}", vector.statements().get(1));
    assertTrue(vector.statements().get(0).contains("\"embedding\" vector<float, 3>"));

    SyncResult view = mapper.table(ViewsIT.PlayerByTeam.class).syncDryRun();
    assertTrue(view.statements().get(0).startsWith("CREATE MATERIALIZED VIEW IF NOT EXISTS " + ks + ".\"player_by_team\""));

    SyncResult hierarchy = mapper.table(PolymorphismIT.Vehicle.class).syncDryRun();
    assertTrue(hierarchy.statements().get(0).contains("\"kind\" text"), hierarchy.statements().get(0));

    assertFalse(udt.executed());
    assertTrue(session.execute("SELECT * FROM system_schema.tables WHERE keyspace_name = ?", keyspace.name()).all()
        .isEmpty(), "a dry run creates nothing");
    assertTrue(session.execute("SELECT * FROM system_schema.types WHERE keyspace_name = ?", keyspace.name()).all()
        .isEmpty());
  }
}
