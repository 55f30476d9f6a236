package io.coodie.core.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coodie.core.api.MappingException;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.fixtures.Address;
import io.coodie.core.fixtures.Book;
import io.coodie.core.fixtures.CatalogItem;
import io.coodie.core.fixtures.Customer;
import io.coodie.core.fixtures.Pet;
import io.coodie.core.fixtures.Product;
import io.coodie.core.fixtures.SensorReading;
import io.coodie.core.fixtures.Shirt;
import io.coodie.core.fixtures.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EntityMapperTest {

  private static final UUID ID = UUID.fromString("3f0b8a0e-5a3c-4d55-9b4e-2f1f6d0c8a11");

  @Test
  void recordRoundTrip() {
    Product product =
        new Product(
            ID,
            "lamp",
            new BigDecimal("19.90"),
            Status.ACTIVE,
            Set.of("light"),
            Set.of("home"),
            Map.of("paris", 3),
            List.of(new Address("1 rue A", "Paris", "75001")),
            Instant.parse("2024-01-01T00:00:00Z"),
            null);
    EntityMapper<Product> mapper = EntityMapper.of(Product.class);

    assertThat(mapper.get(product, mapper.metadata().column("name").index())).isEqualTo("lamp");
    assertThat(mapper.instantiate(valuesOf(mapper, product))).isEqualTo(product);
  }

  @Test
  void classRoundTripIncludingSuperclassAndPrivateFields() {
    Customer customer = new Customer(ID, "Ada", 42, new Address("1 Main St", "Springfield", "12345"));
    EntityMapper<Customer> mapper = EntityMapper.of(Customer.class);

    Customer copy = mapper.instantiate(valuesOf(mapper, customer));

    assertThat(copy).isNotSameAs(customer);
    assertThat(copy.id()).isEqualTo(ID);
    assertThat(copy.name()).isEqualTo("Ada");
    assertThat(copy.loyaltyPoints()).isEqualTo(42);
    assertThat(copy.address()).isEqualTo(customer.address());
    assertThat(copy.emails()).isEmpty();
    assertThat(copy.sessionNote()).isNull();
  }

  @Test
  void absentCollectionsBecomeEmptyMutableCollections() {
    EntityMapper<Product> products = EntityMapper.of(Product.class);
    Product product = products.instantiate(new Object[products.metadata().columns().size()]);

    assertThat(product.tags()).isEmpty();
    assertThat(product.tags()).isInstanceOf(LinkedHashSet.class);
    assertThat(product.stock()).isInstanceOf(LinkedHashMap.class);
    assertThat(product.warehouses()).isInstanceOf(ArrayList.class);
    product.warehouses().add(new Address("a", "b", "c"));
    assertThat(product.name()).isNull();

    EntityMapper<Customer> customers = EntityMapper.of(Customer.class);
    Customer customer = customers.instantiate(new Object[customers.metadata().columns().size()]);
    assertThat(customer.luckyNumbers()).isEmpty();
    customer.luckyNumbers().add(7);
  }

  @Test
  void absentPrimitivesAreZeroInRecordsAndKeepTheirInitialValueInClasses() {
    EntityMapper<SensorReading> readings = EntityMapper.of(SensorReading.class);
    assertThat(readings.instantiate(new Object[6]).value()).isZero();

    EntityMapper<Defaults> defaults = EntityMapper.of(Defaults.class);
    Defaults instance = defaults.instantiate(new Object[3]);
    assertThat(instance.status).isEqualTo("NEW");
    assertThat(instance.retries).isEqualTo(3);
  }

  @Test
  void polymorphicRowsBecomeTheirConcreteType() {
    EntityMapper<CatalogItem> items = EntityMapper.of(CatalogItem.class);
    EntityMetadata<CatalogItem> metadata = items.metadata();
    Shirt shirt = new Shirt(ID, "Tee", "blue", "M");
    EntityMapper<? extends CatalogItem> shirts = items.forInstance(shirt);
    int kind = metadata.polymorphism().orElseThrow().discriminatorColumn().index();
    int isbn = metadata.columnByName(com.datastax.oss.driver.api.core.CqlIdentifier.fromInternal("isbn")).orElseThrow().index();

    assertThat(shirts).isSameAs(EntityMapper.of(Shirt.class));
    Object[] row = valuesOf(EntityMapper.of(Shirt.class), shirt);
    assertThat(row[kind]).isEqualTo("shirt");
    assertThat(row[isbn]).isNull();
    assertThat(shirts.isMapped(isbn)).isFalse();
    assertThat(shirts.isMapped(kind)).isTrue();
    assertThat(items.isMapped(kind)).isFalse();

    CatalogItem read = items.forDiscriminator((String) row[kind]).instantiate(row);
    assertThat(read).isInstanceOfSatisfying(Shirt.class, s -> {
      assertThat(s.id()).isEqualTo(ID);
      assertThat(s.title()).isEqualTo("Tee");
      assertThat(s.color()).isEqualTo("blue");
      assertThat(s.size()).isEqualTo("M");
    });
    Object[] bookRow = valuesOf(EntityMapper.of(Book.class), new Book(ID, "Dune", "978-0441013593", 412));
    assertThat(items.forDiscriminator("book").instantiate(bookRow))
        .isInstanceOfSatisfying(Book.class, b -> assertThat(b.pages()).isEqualTo(412));
  }

  @Test
  void polymorphicRecords() {
    EntityMapper<Pet> pets = EntityMapper.of(Pet.class);
    Pet.Cat cat = new Pet.Cat("Tom", 9);
    Object[] row = valuesOf(EntityMapper.of(Pet.Cat.class), cat);

    assertThat(pets.forDiscriminator("cat").instantiate(row)).isEqualTo(cat);
  }

  @Test
  void polymorphismErrors() {
    EntityMapper<CatalogItem> items = EntityMapper.of(CatalogItem.class);

    assertThatThrownBy(() -> items.forDiscriminator("sofa"))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("unknown discriminator value 'sofa' in column kind; known values: [book, shirt, hat]");
    assertThatThrownBy(() -> EntityMapper.of(Shirt.class).forDiscriminator("book"))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("known values: [shirt]");
    assertThatThrownBy(() -> items.instantiate(new Object[8]))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("cannot be instantiated");
    assertThatThrownBy(() -> EntityMapper.of(Product.class).forDiscriminator("x"))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("not polymorphic");
  }

  @Test
  void describesEntities() {
    assertThat(EntityMapper.of(Pet.Dog.class).describe(new Pet.Dog("Rex", true)))
        .containsEntry("name", "Rex")
        .containsEntry("type", "dog")
        .containsEntry("good_boy", true)
        .doesNotContainKey("lives");
  }

  private static <T> Object[] valuesOf(EntityMapper<T> mapper, T entity) {
    List<ColumnMetadata> columns = mapper.metadata().columns();
    Object[] values = new Object[columns.size()];
    for (ColumnMetadata column : columns) {
      values[column.index()] = mapper.get(entity, column.index());
    }
    return values;
  }

  @Table
  static class Defaults {
    @PartitionKey int id;
    String status = "NEW";
    int retries = 3;
  }
}
