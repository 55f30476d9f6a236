package io.coodie.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import io.coodie.core.api.mapping.ClusteringOrder;
import io.coodie.core.api.mapping.Column;
import io.coodie.core.api.mapping.Compaction;
import io.coodie.core.api.mapping.IndexKind;
import io.coodie.core.api.mapping.IndexOption;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;
import io.coodie.core.api.mapping.TableOption;
import io.coodie.core.api.mapping.TableOptions;
import io.coodie.core.api.metadata.ColumnKind;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.fixtures.Customer;
import io.coodie.core.fixtures.PageViews;
import io.coodie.core.fixtures.Product;
import io.coodie.core.fixtures.SensorReading;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EntityMetadataTest {

  @Test
  void namesTableAndColumnsInSnakeCase() {
    EntityMetadata<OrderItem> item = EntityMetadata.of(OrderItem.class);

    assertThat(item.table().asInternal()).isEqualTo("order_item");
    assertThat(item.keyspace()).isEmpty();
    assertThat(item.column("createdAt").name().asInternal()).isEqualTo("created_at");
    assertThat(item.column("orderID").name().asInternal()).isEqualTo("order_id");
  }

  @Test
  void columnAnnotationOverridesTheName() {
    EntityMetadata<Customer> customer = EntityMetadata.of(Customer.class);

    assertThat(customer.table().asInternal()).isEqualTo("customers");
    assertThat(customer.keyspace()).contains(CqlIdentifier.fromInternal("shop"));
    assertThat(customer.column("name").name().asInternal()).isEqualTo("full_name");
    assertThat(customer.columnByName(CqlIdentifier.fromInternal("full_name")))
        .hasValueSatisfying(c -> assertThat(c.propertyName()).isEqualTo("name"));
  }

  @Test
  void quotesKeywordsAndMixedCaseNames() {
    EntityMetadata<Quoted> quoted = EntityMetadata.of(Quoted.class);

    assertThat(quoted.table().asCql(true)).isEqualTo("\"Select\"");
    assertThat(quoted.column("select").name().asCql(true)).isEqualTo("\"select\"");
    assertThat(quoted.column("camel").name().asCql(true)).isEqualTo("\"userName\"");
    assertThat(quoted.column("plain").name().asCql(true)).isEqualTo("plain");
  }

  @Test
  void ordersKeyColumnsByPositionThenOthersByDeclaration() {
    EntityMetadata<SensorReading> reading = EntityMetadata.of(SensorReading.class);

    assertThat(reading.columns())
        .extracting(c -> c.name().asInternal())
        .containsExactly("sensor_id", "day", "read_at", "event_id", "value", "sensor_label");
    assertThat(reading.partitionKey()).extracting(ColumnMetadata::propertyName).containsExactly("sensorId", "day");
    assertThat(reading.clusteringColumns()).extracting(ColumnMetadata::propertyName).containsExactly("readAt", "eventId");
    assertThat(reading.primaryKey()).hasSize(4);
    assertThat(reading.regularColumns()).extracting(ColumnMetadata::propertyName).containsExactly("value", "sensorLabel");
    assertThat(reading.columns()).extracting(ColumnMetadata::index).containsExactly(0, 1, 2, 3, 4, 5);

    ColumnMetadata readAt = reading.column("readAt");
    assertThat(readAt.kind()).isEqualTo(ColumnKind.CLUSTERING);
    assertThat(readAt.position()).isZero();
    assertThat(readAt.clusteringOrder()).isEqualTo(ClusteringOrder.DESC);
    assertThat(reading.column("eventId").clusteringOrder()).isEqualTo(ClusteringOrder.ASC);
    assertThat(reading.column("day").kind()).isEqualTo(ColumnKind.PARTITION_KEY);
    assertThat(reading.column("day").position()).isEqualTo(1);
    assertThat(reading.column("value").position()).isEqualTo(-1);
  }

  @Test
  void mapsStaticColumns() {
    ColumnMetadata label = EntityMetadata.of(SensorReading.class).column("sensorLabel");

    assertThat(label.kind()).isEqualTo(ColumnKind.STATIC);
    assertThat(label.kind().isPrimaryKey()).isFalse();
  }

  @Test
  void mapsCounterTables() {
    EntityMetadata<PageViews> views = EntityMetadata.of(PageViews.class);

    assertThat(views.isCounterTable()).isTrue();
    assertThat(views.regularColumns()).allMatch(ColumnMetadata::isCounter);
    assertThat(views.column("uniqueVisitors").cqlType().asCql(true, true)).isEqualTo("counter");
    assertThat(EntityMetadata.of(Product.class).isCounterTable()).isFalse();
  }

  @Test
  void superclassFieldsComeFirstAndTransientsAreSkipped() {
    EntityMetadata<Customer> customer = EntityMetadata.of(Customer.class);

    assertThat(customer.columns())
        .extracting(ColumnMetadata::propertyName)
        .containsExactly(
            "id", "updatedAt", "updatedBy", "name", "loyaltyPoints", "address",
            "emergencyContact", "emails", "luckyNumbers");
    assertThat(EntityMetadata.of(Product.class).findColumn("cachedLabel")).isEmpty();
  }

  @Table
  record BeansTransientRecord(@PartitionKey String id, String kept, String skipped) {
    @java.beans.Transient
    @Override
    public String skipped() {
      return skipped;
    }
  }

  @Table
  static class BeansTransientClass {
    @PartitionKey String id;
    String kept;
    String skipped;
    boolean flag;
    boolean shown;

    @java.beans.Transient
    public String getSkipped() {
      return skipped;
    }

    @java.beans.Transient
    public boolean isFlag() {
      return flag;
    }

    @java.beans.Transient(false)
    public boolean isShown() {
      return shown;
    }
  }

  @Test
  void javaBeansTransientOnAnAccessorExcludesTheProperty() {
    assertThat(EntityMetadata.of(BeansTransientRecord.class).columns()).extracting(ColumnMetadata::propertyName)
        .containsExactly("id", "kept");
    assertThat(EntityMetadata.of(BeansTransientClass.class).columns()).extracting(ColumnMetadata::propertyName)
        .containsExactly("id", "kept", "shown");
  }

  @Test
  void unknownPropertyListsKnownOnes() {
    assertThatThrownBy(() -> EntityMetadata.of(OrderItem.class).column("price"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(OrderItem.class.getName())
        .hasMessageContaining("'price'")
        .hasMessageContaining("[orderID, createdAt, quantity]");
  }

  @Test
  void rendersTableOptions() {
    assertThat(EntityMetadata.of(Tuned.class).options())
        .containsExactly(
            entry("default_time_to_live", "3600"),
            entry("gc_grace_seconds", "0"),
            entry("comment", "'it''s tuned'"),
            entry(
                "compaction",
                "{'class': 'LeveledCompactionStrategy', 'sstable_size_in_mb': 160}"),
            entry("caching", "{'keys': 'ALL', 'rows_per_partition': 'NONE'}"));
    assertThat(EntityMetadata.of(Product.class).options())
        .containsExactly(
            entry("default_time_to_live", "3600"), entry("comment", "'the product''s catalog'"));
    assertThat(EntityMetadata.of(OrderItem.class).options()).isEmpty();
  }

  @Test
  void describesIndexes() {
    EntityMetadata<Searchable> searchable = EntityMetadata.of(Searchable.class);

    assertThat(searchable.indexes()).singleElement().satisfies(index -> {
      assertThat(index.name().asInternal()).isEqualTo("by_email");
      assertThat(index.column().asInternal()).isEqualTo("email");
      assertThat(index.kind()).isEqualTo(IndexKind.SAI);
      assertThat(index.kind().indexClass()).contains("StorageAttachedIndex");
      assertThat(index.options()).containsExactly(entry("case_sensitive", "false"));
    });
    assertThat(searchable.column("email").indexes()).isEqualTo(searchable.indexes());
  }

  @Test
  void cachesMetadataPerClass() {
    assertThat(EntityMetadata.of(Product.class)).isSameAs(EntityMetadata.of(Product.class));
    assertThat(EntityMetadata.of(Product.class).polymorphism()).isEmpty();
  }

  @Table
  record OrderItem(@PartitionKey UUID orderID, java.time.Instant createdAt, int quantity) {}

  @Table(name = "Select")
  record Quoted(
      @PartitionKey int plain, String select, @Column(name = "userName") String camel) {}

  @Table
  @TableOptions(
      defaultTimeToLive = 3600,
      gcGraceSeconds = 0,
      comment = "it's tuned",
      compaction =
          @Compaction(
              strategy = "LeveledCompactionStrategy",
              options = @TableOption(name = "sstable_size_in_mb", value = "160")),
      options =
          @TableOption(name = "caching", value = "{'keys': 'ALL', 'rows_per_partition': 'NONE'}"))
  record Tuned(@PartitionKey int id) {}

  @Table
  record Searchable(
      @PartitionKey int id,
      @io.coodie.core.api.mapping.Index(
              name = "by_email",
              using = IndexKind.SAI,
              options = @IndexOption(name = "case_sensitive", value = "false"))
          String email,
      List<String> other) {}
}
