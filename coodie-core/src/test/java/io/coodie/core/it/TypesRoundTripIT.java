package io.coodie.core.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.data.CqlDuration;
import com.datastax.oss.driver.api.core.uuid.Uuids;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.it.People.Address;
import io.coodie.core.it.People.Contact;
import io.coodie.core.it.People.Person;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every CQL type, nested UDTs and UDTs inside collections survive a write and a read. */
@io.coodie.test.CassandraTest
class TypesRoundTripIT {

  static CqlSession session;
  static Coodie coodie;

  @BeforeAll
  static void schema(CqlSession s) {
    session = s;
    s.execute(AllTypes.DDL);
    for (String ddl : People.DDL) {
      s.execute(ddl);
    }
    coodie = Coodie.create(s);
  }

  static AllTypes sample(UUID id) throws Exception {
    return new AllTypes(id, "text ünïcødé", "ascii", 42, 1L << 40, (short) -7, (byte) 3,
        new BigInteger("123456789012345678901234567890"), 1.5f, Math.PI, new BigDecimal("12345.6789"), true,
        ByteBuffer.wrap(new byte[] {1, 2, 3}), new byte[] {9, 8}, Uuids.timeBased(),
        Instant.parse("2026-11-25T10:15:30.123Z"), LocalDate.of(2026, 2, 28), LocalTime.of(23, 59, 58, 123_000_000),
        CqlDuration.from("1mo2d3h4m"), InetAddress.getByName("192.168.0.1"), List.of("a", "b", "a"),
        Set.of(1, 2, 3), Map.of("x", 1L, "y", 2L), List.of(List.of(1, 2), List.of()), List.of("f1", "f2"),
        new AllTypes.Point(1, -1, "origin-ish"), AllTypes.Mood.GRUMPY, new float[] {0.5f, -1f, 2.25f});
  }

  @Test
  void everyScalarAndCollectionTypeRoundTrips() throws Exception {
    EntityOperations<AllTypes> ops = coodie.entity(AllTypes.class);
    AllTypes written = sample(UUID.randomUUID());
    ops.insert(written);
    AllTypes read = ops.get(written.id()).orElseThrow();
    assertThat(read).usingRecursiveComparison().isEqualTo(written);
  }

  @Test
  void mappedTypesMatchTheTypesTheServerReports() {
    EntityMetadata<AllTypes> metadata = EntityMetadata.of(AllTypes.class);
    Map<String, String> server = new HashMap<>();
    for (Row row : session.execute("SELECT column_name, type FROM system_schema.columns WHERE keyspace_name = ?"
        + " AND table_name = 'all_types'", session.getKeyspace().orElseThrow().asInternal())) {
      server.put(row.getString("column_name"), row.getString("type"));
    }
    for (ColumnMetadata column : metadata.columns()) {
      assertThat(column.cqlType().asCql(true, true).replace(" ", ""))
          .as(column.propertyName())
          .isEqualTo(server.get(column.name().asInternal()).replace(" ", ""));
    }
  }

  @Test
  void emptyAndNullCollectionsReadBackEmptyNeverNull() {
    EntityOperations<AllTypes> ops = coodie.entity(AllTypes.class);
    UUID id = UUID.randomUUID();
    ops.insert(new AllTypes(id, null, null, 0, null, (short) 0, null, null, 0f, null, null, false, null, null,
        null, null, null, null, null, null, List.of(), Set.of(), null, null, null, null, null, null));
    AllTypes read = ops.get(id).orElseThrow();
    assertThat(read.vList()).isEmpty();
    assertThat(read.vSet()).isEmpty();
    assertThat(read.vMap()).isEmpty();
    assertThat(read.vNested()).isEmpty();
    assertThat(read.vText()).isNull();
  }

  @Test
  void nestedUdtsAndUdtsInsideCollectionsRoundTrip() {
    EntityOperations<Person> people = coodie.entity(Person.class);
    Address home = new Address("1 Main St", "Springfield", "12345");
    Person written = new Person("p1", new Contact("p1@example.com", home),
        List.of(new Address("2 Old Rd", "Shelbyville", null), home),
        Map.of("work", new Address("3 Office Pk", "Capital City", "99999")),
        new Address("4 Bill Ave", "Ogdenville", "55555"));
    people.insert(written);
    assertThat(people.get("p1")).contains(written);
  }

  @Test
  void udtFieldsAreMatchedByNameNotPosition() {
    coodie.entity(Person.class).insert(new Person("p2", null, List.of(), Map.of(),
        new Address("street", "city", "zip")));
    Row row = session.execute("SELECT billing.street, billing.zip_code FROM person WHERE id = 'p2'").one();
    assertThat(row.getString(0)).isEqualTo("street");
    assertThat(row.getString(1)).isEqualTo("zip");
  }
}
