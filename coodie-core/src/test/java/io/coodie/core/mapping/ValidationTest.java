package io.coodie.core.mapping;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.data.CqlVector;
import io.coodie.core.api.MappingException;
import io.coodie.core.api.mapping.Ascii;
import io.coodie.core.api.mapping.ClusteringColumn;
import io.coodie.core.api.mapping.Counter;
import io.coodie.core.api.mapping.Discriminator;
import io.coodie.core.api.mapping.Frozen;
import io.coodie.core.api.mapping.Index;
import io.coodie.core.api.mapping.IndexTarget;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Static;
import io.coodie.core.api.mapping.Subtypes;
import io.coodie.core.api.mapping.Table;
import io.coodie.core.api.mapping.UserDefinedType;
import io.coodie.core.api.mapping.Vector;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.api.metadata.UdtMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Every mapping error fails early, naming the class and property and saying what to do. */
class ValidationTest {

  private static final String PREFIX = ValidationTest.class.getName() + "$";

  private static AbstractThrowableAssert<?, ? extends Throwable> mapping(Class<?> type) {
    return assertThatThrownBy(() -> EntityMetadata.of(type)).isInstanceOf(MappingException.class);
  }

  @Test
  void invalidSchemaNames() {
    mapping(BadTableName.class)
        .hasMessageContaining(PREFIX + "BadTableName: invalid table name 'bad name'")
        .hasMessageContaining("only letters, digits and underscores");
    mapping(BadKeyspace.class).hasMessageContaining("invalid keyspace name 'shop-eu'");
    mapping(LongTableName.class)
        .hasMessageContaining("is 53 characters long; Cassandra allows at most 48");
    mapping(UsesBadType.class).hasMessageContaining("invalid user type name 'addr.v2'");
    mapping(BadIndexName.class).hasMessageContaining("invalid index name 'by-name'");
  }

  @Test
  void missingTable() {
    mapping(NoTable.class).hasMessage(PREFIX + "NoTable: not an entity; annotate it with @Table");
  }

  @Test
  void missingPartitionKey() {
    mapping(NoKey.class)
        .hasMessage(
            PREFIX + "NoKey: no partition key; annotate at least one field with @PartitionKey");
  }

  @Test
  void duplicatePartitionKeyPosition() {
    mapping(DuplicateKey.class)
        .hasMessageStartingWith(PREFIX + "DuplicateKey.b: @PartitionKey(0) is also used by " + PREFIX + "DuplicateKey.a")
        .hasMessageContaining("give each key column its own position");
  }

  @Test
  void gapInClusteringPositions() {
    mapping(ClusteringGap.class)
        .hasMessageStartingWith(PREFIX + "ClusteringGap.c: @ClusteringColumn(2) leaves a gap")
        .hasMessageContaining("found [0, 2]");
  }

  @Test
  void staticOnKeyColumn() {
    mapping(StaticKey.class)
        .hasMessage(PREFIX + "StaticKey.id: a primary key column cannot be @Static; remove @Static");
  }

  @Test
  void staticWithoutClusteringColumns() {
    mapping(StaticWithoutClustering.class)
        .hasMessageStartingWith(PREFIX + "StaticWithoutClustering.shared: @Static needs clustering columns");
  }

  @Test
  void counterMixedWithRegularColumns() {
    mapping(MixedCounter.class)
        .hasMessageStartingWith(PREFIX + "MixedCounter.label: a table with counters (here " + PREFIX + "MixedCounter.hits)")
        .hasMessageContaining("may only hold counters");
  }

  @Test
  void counterInPrimaryKey() {
    mapping(CounterKey.class)
        .hasMessageStartingWith(PREFIX + "CounterKey.id: a @Counter cannot be part of the primary key");
  }

  @Test
  void counterOnNonLong() {
    mapping(IntCounter.class)
        .hasMessage(PREFIX + "IntCounter.hits: type int cannot be a @Counter; use long or Long");
  }

  @Test
  void optionalHasNoMapping() {
    mapping(WithOptional.class)
        .hasMessage(
            PREFIX
                + "WithOptional.tags: type java.util.Optional<java.lang.String> has no CQL mapping;"
                + " use a plain type (nullable) instead");
  }

  @Test
  void rawCollection() {
    mapping(RawList.class)
        .hasMessageStartingWith(PREFIX + "RawList.items: type java.util.List is a raw type");
  }

  @Test
  void wildcard() {
    mapping(Wildcard.class)
        .hasMessageStartingWith(PREFIX + "Wildcard.items: type ? extends java.lang.Number is not a concrete type");
  }

  @Test
  void unsupportedArray() {
    mapping(IntArray.class)
        .hasMessageStartingWith(PREFIX + "IntArray.values: type int[] has no CQL mapping; only byte[] and float[]");
  }

  @Test
  void unsupportedClass() {
    mapping(UnknownType.class)
        .hasMessageStartingWith(PREFIX + "UnknownType.thread: type java.lang.Thread has no CQL mapping");
  }

  @Test
  void concreteCollectionClass() {
    mapping(ArrayListField.class)
        .hasMessageContaining(PREFIX + "ArrayListField.items: type java.util.ArrayList<java.lang.String>")
        .hasMessageContaining("declare it as java.util.List, Set or Map");
  }

  @Test
  void floatArrayWithoutVector() {
    mapping(PlainFloatArray.class)
        .hasMessageStartingWith(PREFIX + "PlainFloatArray.embedding: type float[] needs @Vector(dimension = N)");
  }

  @Test
  void vectorOnNonFloatType() {
    mapping(IntVector.class)
        .hasMessageStartingWith(PREFIX + "IntVector.embedding: type java.util.List<java.lang.Integer> cannot be a @Vector");
  }

  @Test
  void vectorWithoutDimension() {
    mapping(BareCqlVector.class)
        .hasMessageStartingWith(PREFIX + "BareCqlVector.embedding: type com.datastax.oss.driver.api.core.data.CqlVector<java.lang.Float> needs @Vector");
  }

  @Test
  void misplacedTypeHints() {
    mapping(AsciiInt.class).hasMessage(PREFIX + "AsciiInt.code: type int cannot be @Ascii; only String can; remove it");
    mapping(FrozenString.class)
        .hasMessageStartingWith(PREFIX + "FrozenString.name: type java.lang.String cannot be @Frozen");
  }

  @Test
  void invalidIndexTargets() {
    mapping(KeysOnList.class)
        .hasMessageStartingWith(PREFIX + "KeysOnList.items: @Index(target = KEYS) needs a non-frozen map");
    mapping(FullOnNonFrozen.class)
        .hasMessageStartingWith(PREFIX + "FullOnNonFrozen.items: @Index(target = FULL) needs a frozen collection");
    mapping(ValuesOnFrozen.class)
        .hasMessageContaining(PREFIX + "ValuesOnFrozen.items: @Index(target = VALUES) needs a non-frozen list, set or map; use FULL");
    mapping(DuplicateIndexName.class)
        .hasMessageContaining("index name 'duplicate_index_name_attrs_idx' is used twice");
  }

  @Test
  void missingDiscriminatorValue() {
    mapping(Vehicle.class)
        .hasMessageStartingWith(PREFIX + "Vehicle$Car: concrete type of polymorphic entity " + PREFIX + "Vehicle has no @DiscriminatorValue");
  }

  @Test
  void subtypeOfPlainEntity() {
    mapping(PlainChild.class)
        .hasMessageStartingWith(PREFIX + "PlainChild: has no @Table, and its supertype " + PREFIX + "PlainParent is an entity without @Discriminator");
  }

  @Test
  void classWithoutNoArgConstructor() {
    mapping(NoDefaultConstructor.class)
        .hasMessageStartingWith(PREFIX + "NoDefaultConstructor: no constructor without parameters; add one");
    mapping(InnerEntity.class).hasMessageEndingWith("an inner class must be declared static");
  }

  @Test
  void finalFieldInClass() {
    mapping(FinalField.class)
        .hasMessageStartingWith(PREFIX + "FinalField.name: field is final; make it non-final");
  }

  @Test
  void duplicateColumnName() {
    mapping(SameColumn.class)
        .hasMessageStartingWith(PREFIX + "SameColumn.fullName: column 'full_name' is also mapped by " + PREFIX + "SameColumn.full_name");
  }

  @Test
  void keyAnnotationsInUserType() {
    assertThatThrownBy(() -> UdtMetadata.of(KeyedUdt.class))
        .isInstanceOf(MappingException.class)
        .hasMessage(PREFIX + "KeyedUdt.id: @PartitionKey has no meaning in a user type; remove it");
  }

  @Test
  void cyclicUserTypes() {
    assertThatThrownBy(() -> UdtMetadata.of(Node.class))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining(PREFIX + "Node: user type contains itself");
  }

  @Test
  void failuresAreNotCached() {
    mapping(NoKey.class);
    mapping(NoKey.class).hasMessageContaining("no partition key");
  }

  record NoTable(@PartitionKey int id) {}

  @Table
  record NoKey(String name) {}

  @Table
  record DuplicateKey(@PartitionKey int a, @PartitionKey int b) {}

  @Table
  record ClusteringGap(@PartitionKey int id, @ClusteringColumn int a, @ClusteringColumn(2) int c) {}

  @Table
  record StaticKey(@PartitionKey @Static int id) {}

  @Table
  record StaticWithoutClustering(@PartitionKey int id, @Static String shared) {}

  @Table
  record MixedCounter(@PartitionKey int id, @Counter long hits, String label) {}

  @Table
  record CounterKey(@PartitionKey @Counter long id) {}

  @Table
  record IntCounter(@PartitionKey int id, @Counter int hits) {}

  @Table
  record WithOptional(@PartitionKey int id, Optional<String> tags) {}

  @Table
  @SuppressWarnings("rawtypes")
  record RawList(@PartitionKey int id, List items) {}

  @Table
  record Wildcard(@PartitionKey int id, List<? extends Number> items) {}

  @Table
  record IntArray(@PartitionKey int id, int[] values) {}

  @Table
  record UnknownType(@PartitionKey int id, Thread thread) {}

  @Table
  record ArrayListField(@PartitionKey int id, ArrayList<String> items) {}

  @Table
  record PlainFloatArray(@PartitionKey int id, float[] embedding) {}

  @Table
  record IntVector(@PartitionKey int id, @Vector(dimension = 2) List<Integer> embedding) {}

  @Table
  record BareCqlVector(@PartitionKey int id, CqlVector<Float> embedding) {}

  @Table
  record AsciiInt(@PartitionKey int id, @Ascii int code) {}

  @Table
  record FrozenString(@PartitionKey int id, @Frozen String name) {}

  @Table
  record KeysOnList(@PartitionKey int id, @Index(target = IndexTarget.KEYS) List<String> items) {}

  @Table
  record FullOnNonFrozen(@PartitionKey int id, @Index(target = IndexTarget.FULL) Set<String> items) {}

  @Table
  record ValuesOnFrozen(
      @PartitionKey int id, @Index(target = IndexTarget.VALUES) @Frozen Set<String> items) {}

  @Table
  record DuplicateIndexName(
      @PartitionKey int id,
      @Index(target = IndexTarget.KEYS) @Index(target = IndexTarget.VALUES) Map<String, String> attrs) {}

  @Table
  @Discriminator
  @Subtypes({Vehicle.Car.class})
  abstract static class Vehicle {
    @PartitionKey int id;

    static class Car extends Vehicle {}
  }

  @Table
  static class PlainParent {
    @PartitionKey int id;
  }

  static class PlainChild extends PlainParent {}

  @Table
  static class NoDefaultConstructor {
    @PartitionKey int id;

    NoDefaultConstructor(int id) {
      this.id = id;
    }
  }

  @Table
  class InnerEntity {
    @PartitionKey int id;
  }

  @Table
  static class FinalField {
    @PartitionKey int id;
    final String name = "x";
  }

  @Table
  record SameColumn(
      @PartitionKey int id,
      String full_name,
      @io.coodie.core.api.mapping.Column(name = "full_name") String fullName) {}

  @UserDefinedType
  record KeyedUdt(@PartitionKey int id) {}

  @UserDefinedType
  record Node(String label, List<Node> children) {}

  @Table(name = "bad name")
  record BadTableName(@PartitionKey int id) {}

  @Table(keyspace = "shop-eu")
  record BadKeyspace(@PartitionKey int id) {}

  @Table(name = "a_table_name_that_is_far_longer_than_cassandra_allows")
  record LongTableName(@PartitionKey int id) {}

  @UserDefinedType(name = "addr.v2")
  record BadTypeName(String street) {}

  @Table
  record BadIndexName(
      @PartitionKey int id,
      @io.coodie.core.api.mapping.Index(name = "by-name") String name) {}

  @Table
  record UsesBadType(@PartitionKey int id, BadTypeName address) {}
}
