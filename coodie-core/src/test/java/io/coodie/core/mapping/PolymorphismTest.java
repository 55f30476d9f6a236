package io.coodie.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.api.metadata.PolymorphismMetadata;
import io.coodie.core.fixtures.Apparel;
import io.coodie.core.fixtures.Book;
import io.coodie.core.fixtures.CatalogItem;
import io.coodie.core.fixtures.Hat;
import io.coodie.core.fixtures.Pet;
import io.coodie.core.fixtures.Shirt;
import org.junit.jupiter.api.Test;

class PolymorphismTest {

  @Test
  void sealedHierarchySharesOneTableWithTheUnionOfColumns() {
    EntityMetadata<CatalogItem> base = EntityMetadata.of(CatalogItem.class);

    assertThat(base.table().asInternal()).isEqualTo("catalog_item");
    assertThat(base.columns())
        .extracting(c -> c.name().asInternal())
        .containsExactly("id", "kind", "title", "isbn", "pages", "color", "size", "brim_millimetres");
    assertThat(EntityMetadata.of(Book.class).columns()).isEqualTo(base.columns());
    assertThat(EntityMetadata.of(Shirt.class).table()).isEqualTo(base.table());
  }

  @Test
  void describesTheBase() {
    PolymorphismMetadata base = EntityMetadata.of(CatalogItem.class).polymorphism().orElseThrow();

    assertThat(base.isBase()).isTrue();
    assertThat(base.baseType()).isEqualTo(CatalogItem.class);
    assertThat(base.value()).isEmpty();
    assertThat(base.subtypes())
        .containsExactly(entry("book", Book.class), entry("shirt", Shirt.class), entry("hat", Hat.class));
    assertThat(base.assignableValues()).containsExactly("book", "shirt", "hat");
    ColumnMetadata kind = base.discriminatorColumn();
    assertThat(kind.isDiscriminator()).isTrue();
    assertThat(kind.name().asInternal()).isEqualTo("kind");
    assertThat(kind.cqlType().asCql(true, true)).isEqualTo("text");
    assertThat(kind.javaType()).isEqualTo(String.class);
  }

  @Test
  void describesSubtypes() {
    PolymorphismMetadata shirt = EntityMetadata.of(Shirt.class).polymorphism().orElseThrow();
    PolymorphismMetadata apparel = EntityMetadata.of(Apparel.class).polymorphism().orElseThrow();

    assertThat(shirt.isBase()).isFalse();
    assertThat(shirt.value()).contains("shirt");
    assertThat(shirt.assignableValues()).containsExactly("shirt");
    assertThat(apparel.value()).isEmpty();
    assertThat(apparel.assignableValues()).containsExactly("shirt", "hat");
  }

  @Test
  void interfaceBaseWithRecordSubtypesListedBySubtypes() {
    EntityMetadata<Pet> pets = EntityMetadata.of(Pet.class);

    assertThat(pets.columns())
        .extracting(c -> c.name().asInternal())
        .containsExactly("name", "type", "good_boy", "lives");
    PolymorphismMetadata polymorphism = pets.polymorphism().orElseThrow();
    assertThat(polymorphism.subtypes()).containsOnlyKeys("dog", "cat");
    assertThat(EntityMetadata.of(Pet.Cat.class).polymorphism().orElseThrow().value()).contains("cat");
  }
}
