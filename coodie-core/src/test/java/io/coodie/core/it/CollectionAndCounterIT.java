package io.coodie.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.it.Shop.PageViews;
import io.coodie.core.it.Shop.Product;
import io.coodie.test.CassandraTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Collection update operators and counters (sections 1.2 of the plan), on entities and on blind query updates. */
@CassandraTest
class CollectionAndCounterIT {

  static Coodie coodie;
  static EntityOperations<Product> products;
  static EntityOperations<PageViews> views;

  @BeforeAll
  static void setUp(CqlSession session) {
    Shop.createTables(session);
    coodie = Coodie.create(session);
    products = coodie.entity(Product.class);
    views = coodie.entity(PageViews.class);
  }

  private static Product product(String sku) {
    Product p = new Product(sku, "p", 1);
    p.history.addAll(List.of("a", "b"));
    p.tags.addAll(Set.of("x", "y"));
    p.attrs.putAll(Map.of("k1", "v1", "k2", "v2"));
    products.insert(p);
    return p;
  }

  @Test
  void listAppendPrependAndRemove() {
    product("list");
    products.mutateById("list").append("history", List.of("c")).execute();
    products.query().where("sku").eq("list").update().prepend("history", List.of("z")).execute();
    assertThat(products.get("list").orElseThrow().history).containsExactly("z", "a", "b", "c");
    products.mutateById("list").remove("history", List.of("a", "c")).execute();
    assertThat(products.get("list").orElseThrow().history).containsExactly("z", "b");
  }

  @Test
  void setAddAndRemove() {
    Product p = product("set");
    products.mutate(p).append("tags", Set.of("w")).execute();
    products.mutate(p).remove("tags", Set.of("x")).execute();
    assertThat(products.get("set").orElseThrow().tags).containsExactlyInAnyOrder("w", "y");
  }

  @Test
  void mapPutPutEntryAndRemoveKeys() {
    product("map");
    products.mutateById("map").put("attrs", Map.of("k3", "v3", "k1", "new")).execute();
    products.mutateById("map").put("attrs", "k4", "v4").execute();
    products.mutateById("map").removeKeys("attrs", List.of("k2")).execute();
    assertThat(products.get("map").orElseThrow().attrs)
        .containsOnly(Map.entry("k1", "new"), Map.entry("k3", "v3"), Map.entry("k4", "v4"));
  }

  @Test
  void aNullValueInAMapPutDeletesThatKeyInBothForms() {
    Product p = new Product("nullput", "p", 1);
    p.attrs.putAll(Map.of("a", "1", "b", "2"));
    products.insert(p);
    Map<String, String> update = new java.util.LinkedHashMap<>();
    update.put("a", null);
    update.put("c", "3");
    var blind = products.query().where("sku").eq("nullput").update().put("attrs", update);
    assertThat(blind.cql()).isEqualTo("UPDATE product SET attrs=attrs+?, attrs=attrs-? WHERE sku=?");
    blind.execute();
    assertThat(products.get("nullput").orElseThrow().attrs).containsOnly(Map.entry("b", "2"), Map.entry("c", "3"));

    Map<String, String> onlyNulls = new java.util.HashMap<>();
    onlyNulls.put("b", null);
    var removal = products.mutate(p).put("attrs", onlyNulls);
    assertThat(removal.cql()).isEqualTo("UPDATE product SET attrs=attrs-? WHERE sku=?");
    removal.execute();
    assertThat(products.get("nullput").orElseThrow().attrs).containsOnly(Map.entry("c", "3"));

    products.mutateById("nullput").put("attrs", "c", null).execute();
    assertThat(products.get("nullput").orElseThrow().attrs).isEmpty();
  }

  @Test
  void blindUpdateWithTtlAndSetToNull() {
    product("blind");
    products.query().where("sku").in("blind").update().set("name", "renamed").set("price", null).execute();
    Product read = products.get("blind").orElseThrow();
    assertThat(read.name).isEqualTo("renamed");
    assertThat(read.price).isNull();
  }

  @Test
  void operatorsCheckTheColumnType() {
    assertThatThrownBy(() -> products.mutateById("x").append("name", List.of("a")))
        .hasMessageContaining("append() does not apply to io.coodie.core.it.Shop$Product.name of type text");
    assertThatThrownBy(() -> products.mutateById("x").increment("price", 1))
        .hasMessageContaining("increment and decrement need a counter column");
    assertThatThrownBy(() -> products.mutateById("x").set("sku", "y"))
        .hasMessageContaining("part of the primary key");
  }

  @Test
  void counterIncrementsAccumulateAndDecrementsReduce() {
    for (int i = 0; i < 5; i++) {
      views.mutateById("/home").increment("views", 2).execute();
    }
    views.mutateById("/home").decrement("views", 3).increment("likes", 1).execute();
    PageViews read = views.get("/home").orElseThrow();
    assertThat(read.views).isEqualTo(7);
    assertThat(read.likes).isEqualTo(1);
  }

  @Test
  void writingACounterEntityIsRefused() {
    PageViews pv = new PageViews();
    pv.page = "/about";
    pv.views = 3;
    assertThatThrownBy(() -> views.save(pv))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("counter table")
        .hasMessageContaining("increment");
    assertThatThrownBy(() -> views.insert(pv)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> views.mutateById("/about").set("views", 3L))
        .hasMessageContaining("is a counter: use increment or decrement");
    assertThat(views.get("/about")).isEmpty();
  }

  @Test
  void counterBatch() {
    coodie.batch(DefaultBatchType.COUNTER)
        .add(views.mutateById("/a").increment("views", 1))
        .add(views.mutateById("/b").increment("views", 5))
        .execute();
    assertThat(views.get("/a").orElseThrow().views).isEqualTo(1);
    assertThat(views.get("/b").orElseThrow().views).isEqualTo(5);
    assertThatThrownBy(() -> coodie.batch().add(views.mutateById("/a").increment("views", 1)))
        .hasMessageContaining("need a COUNTER batch");
  }
}
