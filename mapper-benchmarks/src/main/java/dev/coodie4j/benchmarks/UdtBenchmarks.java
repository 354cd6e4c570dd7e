package dev.coodie4j.benchmarks;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.data.UdtValue;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodecs;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import dev.coodie4j.Mapper;
import dev.coodie4j.benchmarks.dsmapper.DsAddress;
import dev.coodie4j.benchmarks.dsmapper.DsAddressRow;
import dev.coodie4j.benchmarks.dsmapper.DsContact;
import dev.coodie4j.benchmarks.dsmapper.DsContactRow;
import dev.coodie4j.benchmarks.dsmapper.DsPhone;
import dev.coodie4j.benchmarks.dsmapper.DsUdtMappingDao;
import dev.coodie4j.benchmarks.dsmapper.MappingDsMapperBuilder;
import dev.coodie4j.benchmarks.model.Address;
import dev.coodie4j.benchmarks.model.AddressRow;
import dev.coodie4j.benchmarks.model.Contact;
import dev.coodie4j.benchmarks.model.ContactRow;
import dev.coodie4j.benchmarks.model.Phone;
import dev.coodie4j.driver.datastax.EntityBinder;
import dev.coodie4j.driver.datastax.RowMapper;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The no-network user type scenarios of coodie's {@code bench_udt.py}, in Java terms: {@code udt_instantiation} maps
 * a {@code bench_udt_addresses} row, fetched once in setup, to an {@link AddressRow}; {@code udt_serialization} and
 * {@code nested_udt_serialization} bind an {@link AddressRow} / a {@link ContactRow} (whose contact holds a phone)
 * into their prepared INSERT, producing a {@link BoundStatement} that is never executed; {@code udt_ddl_generation}
 * returns the {@code CREATE TYPE} statement of {@link Address}: coodie4j renders it once per mapper and class, raw
 * keeps it as a constant, as a careful user would.
 *
 * <p>raw builds and reads the driver's {@link UdtValue}s field by index, with the types taken from the statements'
 * variable definitions. rawCodecs resolves the user types' codecs from the registry once and fills and reads their
 * {@link UdtValue}s field by field as bytes, with the field codecs: the driver's own user type encoding, without a
 * registry look-up per field.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class UdtBenchmarks {
  private String createAddressType;
  /** The fields of {@code address} in declaration order, which is also the raw code's index order. */
  private static final String[][] ADDRESS_FIELDS = {{"street", "text"}, {"city", "text"}, {"state", "text"},
      {"zipcode", "int"}};

  private Mapper mapper;
  private ProtocolVersion protocol;
  private DsUdtMappingDao dao;

  private PreparedStatement insertAddress;
  private UserDefinedType addressType;
  private TypeCodec<UdtValue> addressCodec;
  private PreparedStatement insertContact;
  private UserDefinedType contactType;
  private UserDefinedType phoneType;
  private TypeCodec<UdtValue> contactCodec;
  private TypeCodec<UdtValue> phoneCodec;

  private Row addressRowFetched;
  private RowMapper<AddressRow> addressMapper;

  private AddressRow addressRow;
  private DsAddressRow dsAddressRow;
  private EntityBinder<AddressRow> addressBinder;

  private ContactRow contactRow;
  private DsContactRow dsContactRow;
  private EntityBinder<ContactRow> contactBinder;

  @Setup(Level.Trial)
  public void setup() {
    BenchSession bench = BenchSession.get();
    CqlSession session = bench.session();
    mapper = bench.mapper();
    mapper.table(AddressRow.class).sync();
    mapper.table(ContactRow.class).sync();
    protocol = session.getContext().getProtocolVersion();
    dao = new MappingDsMapperBuilder(session).build().udtDao(BenchSession.KEYSPACE);
    CodecRegistry registry = session.getContext().getCodecRegistry();

    insertAddress = prepareInsert(session, "bench_udt_addresses", "address");
    addressType = (UserDefinedType) insertAddress.getVariableDefinitions().get(1).getType();
    checkFields(addressType, Arrays.stream(ADDRESS_FIELDS).map(field -> field[0]).toArray(String[]::new));
    addressCodec = registry.codecFor(addressType);
    insertContact = prepareInsert(session, "bench_udt_contacts", "contact");
    contactType = (UserDefinedType) insertContact.getVariableDefinitions().get(1).getType();
    checkFields(contactType, "name", "phone");
    phoneType = (UserDefinedType) contactType.getFieldTypes().get(1);
    checkFields(phoneType, "country_code", "number");
    contactCodec = registry.codecFor(contactType);
    phoneCodec = registry.codecFor(phoneType);

    addressRow = new AddressRow(UUID.randomUUID(), new Address("123 Main St", "Springfield", "IL", 62704));
    Address address = addressRow.address();
    dsAddressRow = new DsAddressRow(addressRow.id(),
        new DsAddress(address.street(), address.city(), address.state(), address.zipcode()));
    session.execute(udt_serialization__raw());
    addressRowFetched = session.execute(SimpleStatement.newInstance("SELECT id, address FROM " + BenchSession.KEYSPACE
        + ".bench_udt_addresses WHERE id = ?", addressRow.id())).one();
    BenchSession.check(addressRowFetched != null, "udt_instantiation: the written bench_udt_addresses row is found");
    addressMapper = RowMapper.of(mapper, AddressRow.class, addressRowFetched.getColumnDefinitions());
    checkInstantiation();

    addressBinder = EntityBinder.of(mapper, AddressRow.class, insertAddress);
    MappingBenchmarks.checkSameValues("udt_serialization", udt_serialization__raw(), Map.of(
        "coodie4j", udt_serialization__coodie4j(),
        "rawCodecs", udt_serialization__rawCodecs(),
        "dsMapper", udt_serialization__dsMapper()));

    contactRow = new ContactRow(UUID.randomUUID(), new Contact("Alice", new Phone("+1", "555-1234")));
    Contact contact = contactRow.contact();
    dsContactRow = new DsContactRow(contactRow.id(), new DsContact(contact.name(),
        new DsPhone(contact.phone().countryCode(), contact.phone().number())));
    contactBinder = EntityBinder.of(mapper, ContactRow.class, insertContact);
    MappingBenchmarks.checkSameValues("nested_udt_serialization", nested_udt_serialization__raw(), Map.of(
        "coodie4j", nested_udt_serialization__coodie4j(),
        "rawCodecs", nested_udt_serialization__rawCodecs(),
        "dsMapper", nested_udt_serialization__dsMapper()));

    createAddressType = renderCreateAddressType();
    BenchSession.check(udt_ddl_generation__raw().equals(udt_ddl_generation__coodie4j()),
        "udt_ddl_generation__raw renders coodie4j's statement: " + udt_ddl_generation__coodie4j());
  }

  /** {@code INSERT INTO table (id, column) VALUES (?, ?)}, idempotent as coodie4j marks a plain INSERT. */
  private static PreparedStatement prepareInsert(CqlSession session, String table, String column) {
    return session.prepare(SimpleStatement.builder("INSERT INTO " + BenchSession.KEYSPACE + "." + table + " (id, "
        + column + ") VALUES (?, ?)").setIdempotence(true).build());
  }

  /** The raw code reads and writes fields by index, so the live type must have them in this order. */
  private static void checkFields(UserDefinedType type, String... names) {
    List<String> live = type.getFieldNames().stream().map(CqlIdentifier::asInternal).toList();
    BenchSession.check(live.equals(List.of(names)), type.getName().asInternal() + " has the fields " + List.of(names)
        + " in this order, not " + live);
  }

  private void checkInstantiation() {
    Map<String, AddressRow> mapped = Map.of(
        "coodie4j", udt_instantiation__coodie4j(),
        "raw", udt_instantiation__raw(),
        "rawCodecs", udt_instantiation__rawCodecs(),
        "dsMapper", toAddressRow(udt_instantiation__dsMapper()));
    mapped.forEach((impl, row) ->
        BenchSession.check(addressRow.equals(row), "udt_instantiation__" + impl + " maps the written row"));
  }

  private static AddressRow toAddressRow(DsAddressRow row) {
    DsAddress a = row.getAddress();
    return new AddressRow(row.getId(), new Address(a.getStreet(), a.getCity(), a.getState(), a.getZipcode()));
  }

  // udt_instantiation: one fetched row holding a user type value to an entity

  @Benchmark
  public AddressRow udt_instantiation__coodie4j() {
    return addressMapper.map(addressRowFetched);
  }

  @Benchmark
  public AddressRow udt_instantiation__raw() {
    Row row = addressRowFetched;
    UdtValue address = row.getUdtValue(1);
    return new AddressRow(row.getUuid(0),
        new Address(address.getString(0), address.getString(1), address.getString(2), address.getInt(3)));
  }

  @Benchmark
  public AddressRow udt_instantiation__rawCodecs() {
    Row row = addressRowFetched;
    UdtValue address = addressCodec.decode(row.getBytesUnsafe(1), protocol);
    return new AddressRow(TypeCodecs.UUID.decode(row.getBytesUnsafe(0), protocol), new Address(
        TypeCodecs.TEXT.decode(address.getBytesUnsafe(0), protocol),
        TypeCodecs.TEXT.decode(address.getBytesUnsafe(1), protocol),
        TypeCodecs.TEXT.decode(address.getBytesUnsafe(2), protocol),
        TypeCodecs.INT.decodePrimitive(address.getBytesUnsafe(3), protocol)));
  }

  @Benchmark
  public DsAddressRow udt_instantiation__dsMapper() {
    return dao.getAddressRow(addressRowFetched);
  }

  // udt_serialization: an entity holding a user type value bound into the prepared INSERT

  @Benchmark
  public BoundStatement udt_serialization__coodie4j() {
    return addressBinder.bind(addressRow);
  }

  @Benchmark
  public BoundStatement udt_serialization__raw() {
    Address a = addressRow.address();
    return insertAddress.boundStatementBuilder()
        .setUuid(0, addressRow.id())
        .setUdtValue(1, addressType.newValue()
            .setString(0, a.street())
            .setString(1, a.city())
            .setString(2, a.state())
            .setInt(3, a.zipcode()))
        .build();
  }

  @Benchmark
  public BoundStatement udt_serialization__rawCodecs() {
    Address a = addressRow.address();
    UdtValue address = addressType.newValue()
        .setBytesUnsafe(0, TypeCodecs.TEXT.encode(a.street(), protocol))
        .setBytesUnsafe(1, TypeCodecs.TEXT.encode(a.city(), protocol))
        .setBytesUnsafe(2, TypeCodecs.TEXT.encode(a.state(), protocol))
        .setBytesUnsafe(3, TypeCodecs.INT.encodePrimitive(a.zipcode(), protocol));
    return bindIdAnd(insertAddress, addressRow.id(), addressCodec.encode(address, protocol));
  }

  private BoundStatement bindIdAnd(PreparedStatement insert, UUID id, ByteBuffer value) {
    return insert.boundStatementBuilder()
        .setBytesUnsafe(0, TypeCodecs.UUID.encode(id, protocol))
        .setBytesUnsafe(1, value)
        .build();
  }

  @Benchmark
  public BoundStatement udt_serialization__dsMapper() {
    return dao.setAddressRow(insertAddress.boundStatementBuilder(), dsAddressRow).build();
  }

  // nested_udt_serialization: a user type value holding another bound into the prepared INSERT

  @Benchmark
  public BoundStatement nested_udt_serialization__coodie4j() {
    return contactBinder.bind(contactRow);
  }

  @Benchmark
  public BoundStatement nested_udt_serialization__raw() {
    Contact c = contactRow.contact();
    return insertContact.boundStatementBuilder()
        .setUuid(0, contactRow.id())
        .setUdtValue(1, contactType.newValue()
            .setString(0, c.name())
            .setUdtValue(1, phoneType.newValue()
                .setString(0, c.phone().countryCode())
                .setString(1, c.phone().number())))
        .build();
  }

  @Benchmark
  public BoundStatement nested_udt_serialization__rawCodecs() {
    Contact c = contactRow.contact();
    UdtValue phone = phoneType.newValue()
        .setBytesUnsafe(0, TypeCodecs.TEXT.encode(c.phone().countryCode(), protocol))
        .setBytesUnsafe(1, TypeCodecs.TEXT.encode(c.phone().number(), protocol));
    UdtValue contact = contactType.newValue()
        .setBytesUnsafe(0, TypeCodecs.TEXT.encode(c.name(), protocol))
        .setBytesUnsafe(1, phoneCodec.encode(phone, protocol));
    return bindIdAnd(insertContact, contactRow.id(), contactCodec.encode(contact, protocol));
  }

  @Benchmark
  public BoundStatement nested_udt_serialization__dsMapper() {
    return dao.setContactRow(insertContact.boundStatementBuilder(), dsContactRow).build();
  }

  // udt_ddl_generation: the CREATE TYPE statement of Address (dsMapper and rawCodecs: not applicable, the DataStax
  // mapper generates no DDL and no value is encoded)

  @Benchmark
  public String udt_ddl_generation__coodie4j() {
    return mapper.createTypeCql(Address.class);
  }

  /**
   * A careful user writes the statement once, as a constant; this renders it once, in setup, and returns it. Both
   * sides return a string built earlier: coodie4j's per-class cache against a field.
   */
  @Benchmark
  public String udt_ddl_generation__raw() {
    return createAddressType;
  }

  private static String renderCreateAddressType() {
    StringBuilder cql = new StringBuilder("CREATE TYPE IF NOT EXISTS \"").append(BenchSession.KEYSPACE)
        .append("\".\"address\" (");
    for (int i = 0; i < ADDRESS_FIELDS.length; i++) {
      if (i > 0) {
        cql.append(", ");
      }
      cql.append('"').append(ADDRESS_FIELDS[i][0]).append("\" ").append(ADDRESS_FIELDS[i][1]);
    }
    return cql.append(')').toString();
  }
}
