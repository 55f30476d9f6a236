package io.coodie.core.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.data.CqlVector;
import com.datastax.oss.driver.api.core.data.UdtValue;
import com.datastax.oss.driver.api.core.detach.AttachmentPoint;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import com.datastax.oss.driver.internal.core.type.UserDefinedTypeBuilder;
import com.datastax.oss.driver.internal.core.type.codec.registry.DefaultCodecRegistry;
import io.coodie.core.api.MappingException;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.fixtures.Address;
import io.coodie.core.fixtures.AllTypes;
import io.coodie.core.fixtures.Contact;
import io.coodie.core.fixtures.GeoPoint;
import io.coodie.core.fixtures.Status;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodecFactoryTest {

  private static final ProtocolVersion V = ProtocolVersion.DEFAULT;
  private static final EntityMetadata<AllTypes> ALL = EntityMetadata.of(AllTypes.class);

  /** The server's address type: fields in another order than the class, plus one it lacks. */
  private static final UserDefinedType LIVE_ADDRESS =
      new UserDefinedTypeBuilder("shop", "address")
          .withField("zip_code", DataTypes.TEXT)
          .withField("floor", DataTypes.INT)
          .withField("city", DataTypes.TEXT)
          .withField("street", DataTypes.TEXT)
          .frozen()
          .build();

  private static final DataType LIVE_POINT = DataTypes.tupleOf(DataTypes.DOUBLE, DataTypes.DOUBLE);

  private static final UserDefinedType LIVE_CONTACT =
      new UserDefinedTypeBuilder("shop", "contact")
          .withField("position", LIVE_POINT)
          .withField("phones", DataTypes.frozenListOf(DataTypes.TEXT))
          .withField("home", LIVE_ADDRESS)
          .withField("name", DataTypes.TEXT)
          .build();

  private final CodecRegistry registry = new DefaultCodecRegistry("test");
  private final CodecFactory factory = new CodecFactory(registry);

  private static final Address ADDRESS = new Address("1 Main St", "Springfield", "12345");

  private static Object roundTrip(TypeCodec<Object> codec, Object value) {
    return codec.decode(codec.encode(value, V), V);
  }

  @Test
  void userTypeFieldsMatchByNameWhateverTheLiveOrder() {
    TypeCodec<Object> codec = factory.codecFor(LIVE_ADDRESS, Address.class);

    ByteBuffer bytes = codec.encode(ADDRESS, V);
    UdtValue raw = registry.<UdtValue>codecFor(LIVE_ADDRESS).decode(bytes, V);
    assertThat(raw.getString("zip_code")).isEqualTo("12345");
    assertThat(raw.getString("street")).isEqualTo("1 Main St");
    assertThat(raw.isNull("floor")).isTrue();
    assertThat(codec.decode(bytes, V)).isEqualTo(ADDRESS);
    assertThat(codec.encode(null, V)).isNull();
    assertThat(codec.decode(null, V)).isNull();
  }

  @Test
  void serverFieldsUnknownToTheClassAreIgnoredOnRead() {
    UdtValue raw =
        LIVE_ADDRESS.newValue().setString("street", "x").setInt("floor", 3).setString("city", "y");
    ByteBuffer bytes = registry.<UdtValue>codecFor(LIVE_ADDRESS).encode(raw, V);

    assertThat(factory.codecFor(LIVE_ADDRESS, Address.class).decode(bytes, V))
        .isEqualTo(new Address("x", "y", null));
  }

  @Test
  void attachedLiveTypesWork() {
    UserDefinedType attached =
        new UserDefinedTypeBuilder("shop", "address")
            .withField("city", DataTypes.TEXT)
            .withField("street", DataTypes.TEXT)
            .withField("zip_code", DataTypes.TEXT)
            .build();
    attached.attach(AttachmentPoint.NONE);

    assertThat(roundTrip(factory.codecFor(attached, Address.class), ADDRESS)).isEqualTo(ADDRESS);
  }

  @Test
  void classFieldMissingOnTheServerIsReported() {
    UserDefinedType outdated =
        new UserDefinedTypeBuilder("shop", "address")
            .withField("street", DataTypes.TEXT)
            .withField("city", DataTypes.TEXT)
            .build();

    assertThatThrownBy(() -> factory.codecFor(outdated, Address.class))
        .isInstanceOf(MappingException.class)
        .hasMessageStartingWith("io.coodie.core.fixtures.Address.zip: user type address")
        .hasMessageContaining("has no field zip_code")
        .hasMessageContaining("sync the schema");
  }

  @Test
  void listOfUserTypes() {
    TypeCodec<Object> codec =
        factory.codecFor(DataTypes.listOf(LIVE_ADDRESS), ALL.column("udtList"));
    List<Address> addresses = List.of(ADDRESS, new Address("2 High St", "Shelbyville", null));

    assertThat(roundTrip(codec, addresses)).isEqualTo(addresses);
  }

  @Test
  void nestedUserTypesAndTuples() {
    TypeCodec<Object> codec = factory.codecFor(LIVE_CONTACT, ALL.column("nestedUdt"));
    Contact contact = new Contact("Ada", ADDRESS, List.of("555-1234"), new GeoPoint(48.85, 2.35));

    assertThat(roundTrip(codec, contact)).isEqualTo(contact);
    Contact sparse = (Contact) roundTrip(codec, new Contact("Bob", null, null, null));
    assertThat(sparse.home()).isNull();
    assertThat(sparse.phones()).isEmpty();
  }

  @Test
  void tuples() {
    TypeCodec<Object> codec = factory.codecFor(LIVE_POINT, GeoPoint.class);
    GeoPoint point = new GeoPoint(-33.86, 151.21);

    assertThat(roundTrip(codec, point)).isEqualTo(point);
    assertThatThrownBy(
            () -> factory.codecFor(DataTypes.tupleOf(DataTypes.DOUBLE), GeoPoint.class))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("has 2 components but the live type frozen<tuple<double>> has 1");
  }

  @Test
  void enumsByNameOrOrdinal() {
    TypeCodec<Object> names = factory.codecFor(DataTypes.TEXT, Status.class);
    TypeCodec<Object> ordinals = factory.codecFor(DataTypes.INT, Status.class);

    assertThat(roundTrip(names, Status.RETIRED)).isEqualTo(Status.RETIRED);
    assertThat(registry.codecFor(DataTypes.TEXT, String.class).decode(names.encode(Status.ACTIVE, V), V))
        .isEqualTo("ACTIVE");
    assertThat(roundTrip(ordinals, Status.ACTIVE)).isEqualTo(Status.ACTIVE);
  }

  @Test
  void byteArrays() {
    TypeCodec<Object> codec = factory.codecFor(DataTypes.BLOB, byte[].class);

    assertThat((byte[]) roundTrip(codec, new byte[] {1, 2, 3})).containsExactly(1, 2, 3);
  }

  @Test
  void vectors() {
    DataType vector = DataTypes.vectorOf(DataTypes.FLOAT, 3);

    assertThat((float[]) roundTrip(factory.codecFor(vector, ALL.column("floatArrayVector")), new float[] {1f, 2.5f, -3f}))
        .containsExactly(1f, 2.5f, -3f);
    assertThat(roundTrip(factory.codecFor(vector, ALL.column("floatListVector")), List.of(1f, 2f, 3f)))
        .isEqualTo(List.of(1f, 2f, 3f));
    CqlVector<Float> cqlVector = CqlVector.newInstance(0.1f, 0.2f, 0.3f);
    assertThat(roundTrip(factory.codecFor(vector, ALL.column("cqlVector")), cqlVector)).isEqualTo(cqlVector);
  }

  @Test
  void nullCollectionsDecodeAsEmptyMutableCollections() {
    Object list = factory.codecFor(DataTypes.listOf(DataTypes.TEXT), ALL.column("list")).decode(null, V);
    Object set = factory.codecFor(DataTypes.setOf(DataTypes.TIMEUUID), ALL.column("timeuuidSet")).decode(null, V);
    Object map = factory.codecFor(DataTypes.mapOf(DataTypes.TEXT, DataTypes.INT), ALL.column("map")).decode(null, V);

    assertThat(list).isInstanceOf(ArrayList.class);
    assertThat((List<?>) list).isEmpty();
    assertThat(set).isInstanceOf(LinkedHashSet.class);
    assertThat((Set<?>) set).isEmpty();
    assertThat(map).isInstanceOf(LinkedHashMap.class);
    assertThat((Map<?, ?>) map).isEmpty();
    TypeCodec<Object> codec = factory.codecFor(DataTypes.listOf(DataTypes.TEXT), ALL.column("list"));
    assertThat((List<?>) roundTrip(codec, List.of())).isEmpty();
  }

  @Test
  void nestedCollections() {
    DataType live = DataTypes.mapOf(DataTypes.TEXT, DataTypes.frozenListOf(DataTypes.INT));
    Map<String, List<Integer>> value = Map.of("a", List.of(1, 2), "b", List.of());

    assertThat(roundTrip(factory.codecFor(live, ALL.column("nestedCollection")), value)).isEqualTo(value);
  }

  @Test
  void plainTypesComeFromTheRegistry() {
    assertThat(roundTrip(factory.codecFor(DataTypes.BIGINT, long.class), 42L)).isEqualTo(42L);
    assertThat(roundTrip(factory.codecFor(DataTypes.COUNTER, Long.class), 7L)).isEqualTo(7L);
    assertThat(roundTrip(factory.codecFor(DataTypes.ASCII, ALL.column("ascii")), "abc")).isEqualTo("abc");
  }

  @Test
  void mismatchesAreReported() {
    assertThatThrownBy(() -> factory.codecFor(DataTypes.setOf(DataTypes.TEXT), ALL.column("list")))
        .isInstanceOf(MappingException.class)
        .hasMessage(
            "live CQL type set<text> cannot be mapped to Java type java.util.List<java.lang.String>;"
                + " the schema and the Java model differ: sync the schema or fix the property type");
    assertThatThrownBy(() -> factory.codecFor(DataTypes.INT, String.class))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("live CQL type int cannot be mapped to Java type java.lang.String");
  }

  @Test
  void cachesCodecs() {
    assertThat(factory.codecFor(LIVE_ADDRESS, Address.class))
        .isSameAs(factory.codecFor(LIVE_ADDRESS, Address.class));
  }
}
