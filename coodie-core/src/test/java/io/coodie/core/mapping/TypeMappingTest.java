package io.coodie.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import io.coodie.core.api.mapping.Counter;
import io.coodie.core.api.mapping.Frozen;
import io.coodie.core.api.mapping.Index;
import io.coodie.core.api.mapping.IndexTarget;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.api.metadata.IndexMetadata;
import io.coodie.core.api.metadata.UdtMetadata;
import io.coodie.core.fixtures.Address;
import io.coodie.core.fixtures.AllTypes;
import io.coodie.core.fixtures.Contact;
import io.coodie.core.fixtures.Customer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeMappingTest {

  private static final EntityMetadata<AllTypes> ALL = EntityMetadata.of(AllTypes.class);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "id | int",
        "text | text",
        "ascii | ascii",
        "boxedInt | int",
        "bigint | bigint",
        "boxedBigint | bigint",
        "smallint | smallint",
        "tinyint | tinyint",
        "varint | varint",
        "floatValue | float",
        "doubleValue | double",
        "decimal | decimal",
        "flag | boolean",
        "blobBuffer | blob",
        "blobBytes | blob",
        "uuid | uuid",
        "timeuuid | timeuuid",
        "timestamp | timestamp",
        "date | date",
        "time | time",
        "duration | duration",
        "inet | inet",
        "status | text",
        "list | list<text>",
        "timeuuidSet | set<timeuuid>",
        "asciiList | list<ascii>",
        "map | map<text, int>",
        "frozenList | frozen<list<text>>",
        "frozenSet | frozen<set<text>>",
        "nestedCollection | map<text, frozen<list<int>>>",
        "udtList | list<frozen<address>>",
        "explicitlyFrozenUdtList | list<frozen<address>>",
        "udt | address",
        "frozenUdt | frozen<address>",
        "nestedUdt | contact",
        "tuple | frozen<tuple<double, double>>",
        "tupleList | list<frozen<tuple<double, double>>>",
        "floatArrayVector | vector<float, 3>",
        "floatListVector | vector<float, 3>",
        "cqlVector | vector<float, 3>",
      })
  void mapsEveryJavaTypeToItsCqlType(String property, String cql) {
    assertThat(ALL.column(property).cqlType().asCql(true, true)).isEqualTo(cql);
  }

  @Test
  void flagsCollections() {
    assertThat(ALL.column("list").isCollection()).isTrue();
    assertThat(ALL.column("frozenSet").isCollection()).isTrue();
    assertThat(ALL.column("cqlVector").isCollection()).isFalse();
    assertThat(ALL.column("udt").isCollection()).isFalse();
  }

  @Test
  void keepsGenericAndAnnotatedJavaTypes() {
    ColumnMetadata frozenList = ALL.column("frozenList");
    assertThat(frozenList.javaType().getTypeName()).isEqualTo("java.util.List<java.lang.String>");
    assertThat(frozenList.annotatedType().isAnnotationPresent(Frozen.class)).isTrue();
    assertThat(ALL.column("bigint").javaType()).isEqualTo(long.class);
  }

  @Test
  void definesUserTypesWithoutAConnection() {
    UdtMetadata<Address> address = UdtMetadata.of(Address.class);

    assertThat(address.name()).isEqualTo(CqlIdentifier.fromInternal("address"));
    assertThat(address.keyspace()).isEmpty();
    assertThat(address.fields())
        .extracting(f -> f.name().asInternal() + " " + f.cqlType().asCql(true, true))
        .containsExactly("street text", "city text", "zip_code text");
    assertThat(address.fieldByName(CqlIdentifier.fromInternal("zip_code")))
        .hasValueSatisfying(f -> assertThat(f.propertyName()).isEqualTo("zip"));
    UserDefinedType type = address.dataType();
    assertThat(type.getKeyspace()).isNull();
    assertThat(type.isFrozen()).isFalse();
    assertThat(type.asCql(true, true)).isEqualTo("address");
    assertThat(type.copy(true).asCql(true, true)).isEqualTo("frozen<address>");
    assertThat(type.describe(true))
        .isEqualTo("CREATE TYPE address (street text, city text, zip_code text);");
    assertThat(type.copy(true)).isEqualTo(type);
  }

  @Test
  void freezesEverythingNestedInAUserType() {
    UdtMetadata<Contact> contact = UdtMetadata.of(Contact.class);

    assertThat(contact.fields())
        .extracting(f -> f.name().asInternal() + " " + f.cqlType().asCql(true, true))
        .containsExactly(
            "name text",
            "home frozen<address>",
            "phones frozen<list<text>>",
            "position frozen<tuple<double, double>>");
    assertThat(contact.dependencies()).extracting(u -> (Object) u.javaType()).containsExactly(Address.class);
  }

  @Test
  void userTypeWithKeyspaceRendersQualified() {
    UdtMetadata<Money> money = UdtMetadata.of(Money.class);

    assertThat(money.keyspace()).contains(CqlIdentifier.fromInternal("billing"));
    assertThat(money.name().asInternal()).isEqualTo("amount");
    assertThat(money.dataType().copy(true).asCql(true, true)).isEqualTo("frozen<billing.amount>");
  }

  @Test
  void listsUserTypesInDependencyOrder() {
    assertThat(ALL.userTypes()).extracting(u -> (Object) u.javaType()).containsExactly(Address.class, Contact.class);
    assertThat(EntityMetadata.of(Customer.class).userTypes())
        .extracting(u -> (Object) u.javaType())
        .containsExactly(Address.class, Contact.class);
  }

  @Test
  void frozenIndexedCollectionKeepsItsIndexWithTargetFull() {
    EntityMetadata<Tagged> tagged = EntityMetadata.of(Tagged.class);

    ColumnMetadata labels = tagged.column("labels");
    assertThat(labels.cqlType().asCql(true, true)).isEqualTo("frozen<set<text>>");
    assertThat(labels.indexes())
        .singleElement()
        .satisfies(
            index -> {
              assertThat(index.target()).isEqualTo(IndexTarget.FULL);
              assertThat(index.targetCql()).isEqualTo("full(labels)");
              assertThat(index.name().asInternal()).isEqualTo("tagged_labels_idx");
            });
    assertThat(tagged.column("notes").indexes())
        .extracting(IndexMetadata::target, IndexMetadata::targetCql)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(IndexTarget.KEYS, "keys(notes)"),
            org.assertj.core.groups.Tuple.tuple(IndexTarget.VALUES, "values(notes)"));
    assertThat(tagged.column("words").indexes().get(0).target()).isEqualTo(IndexTarget.VALUES);
    assertThat(tagged.column("owner").indexes().get(0).targetCql()).isEqualTo("owner");
    assertThat(tagged.indexes()).hasSize(5);
  }

  @Test
  void counterColumnsAreCounters() {
    EntityMetadata<Hits> hits = EntityMetadata.of(Hits.class);
    assertThat(hits.column("count").cqlType().asCql(true, true)).isEqualTo("counter");
    assertThat(hits.column("count").isCounter()).isTrue();
    assertThat(hits.isCounterTable()).isTrue();
  }

  @io.coodie.core.api.mapping.UserDefinedType(name = "amount", keyspace = "billing")
  record Money(long cents, String currency) {}

  @Table
  record Tagged(
      @PartitionKey int id,
      @Frozen @Index Set<String> labels,
      @Index(target = IndexTarget.KEYS) @Index(name = "notes_values", target = IndexTarget.VALUES)
          java.util.Map<String, String> notes,
      @Index List<String> words,
      @Index String owner) {}

  @Table
  record Hits(@PartitionKey String page, @Counter long count) {}
}
