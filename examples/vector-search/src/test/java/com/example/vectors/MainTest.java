package com.example.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.coodie4j.testkit.CassandraServer;
import dev.coodie4j.testkit.CassandraTest;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the application's main against the test server. */
@CassandraTest
class MainTest {
  @Test
  void mainStoresTheCatalogWithItsVectorIndex(CassandraServer server, CqlSession session) {
    InetSocketAddress address = server.contactPoints().get(0);
    Main.main(new String[] {address.getHostString(), String.valueOf(address.getPort()), server.localDatacenter()});
    assertEquals(Main.CATALOG.size(), session.execute("SELECT count(*) FROM shop_vectors.products").one().getLong(0));
    Map<String, String> index = session.execute("SELECT options FROM system_schema.indexes WHERE "
        + "keyspace_name = 'shop_vectors' AND table_name = 'products' AND index_name = 'products_embedding_idx'")
        .one().getMap("options", String.class, String.class);
    assertEquals("sai", index.get("class_name"), index.toString());
    assertEquals("COSINE", index.get("similarity_function").toUpperCase(Locale.ROOT), index.toString());
  }
}
