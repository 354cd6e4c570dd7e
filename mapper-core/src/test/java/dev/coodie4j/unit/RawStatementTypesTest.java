package dev.coodie4j.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coodie4j.Mapper;
import dev.coodie4j.testing.FakeDriver;
import java.lang.reflect.Type;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A raw statement's values are declared with the Java types drivers have codecs for, not their runtime classes. */
class RawStatementTypesTest {
  enum Mood {
    CALM,
    ODD {
      @Override
      public String toString() {
        return "odd";
      }
    }
  }

  private final FakeDriver driver = new FakeDriver();
  private final Mapper mapper = Mapper.builder(driver).build();

  private List<Type> typesOf(Object... values) {
    mapper.cql("INSERT INTO ks.t (a) VALUES (" + "?,".repeat(values.length - 1) + "?)", values).execute();
    return driver.lastExecution().spec().variableTypes();
  }

  @Test
  void aHeapByteBufferIsBoundAsAByteBuffer() throws Exception {
    assertEquals(List.of(ByteBuffer.class), typesOf(ByteBuffer.wrap(new byte[] {1})));
    assertEquals(List.of(), driver.violations());
  }

  @Test
  void anInet4AddressIsBoundAsAnInetAddress() throws Exception {
    assertEquals(List.of(InetAddress.class), typesOf(InetAddress.getByName("10.0.0.1")));
    assertEquals(List.of(), driver.violations());
  }

  @Test
  void anEnumConstantWithABodyIsBoundAsItsEnum() {
    assertEquals(List.of(Mood.class, Mood.class), typesOf(Mood.CALM, Mood.ODD));
    assertEquals(List.of(), driver.violations());
  }

  @Test
  void otherValuesKeepTheirClassAndNullsAndCollectionsLeaveItToTheDriver() {
    assertEquals(List.of(String.class, Object.class, Object.class), typesOf("a", null, List.of(1)));
  }

  @Test
  void aRawStatementCarriesTheMappersKeyspaceAndTheMappersOwnStatementsNone() {
    Mapper inKeyspace = Mapper.builder(driver).keyspace("shop").build();
    inKeyspace.cql("SELECT * FROM cart WHERE user = ?", "cy").maps();
    assertEquals("shop", driver.lastExecution().spec().keyspace());
    mapper.cql("SELECT * FROM cart WHERE user = ?", "cy").maps();
    assertEquals(null, driver.lastExecution().spec().keyspace(), "a mapper without a keyspace leaves the session's");
  }
}
